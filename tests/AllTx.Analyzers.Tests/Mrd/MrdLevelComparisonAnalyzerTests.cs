using AllTx.Analyzers.Mrd;
using AllTx.Analyzers.Tests.Safety;

namespace AllTx.Analyzers.Tests.Mrd;

public sealed class MrdLevelComparisonAnalyzerTests
{
    private static Task Verify(string source) => SafetyVerifier.VerifyAsync<MrdLevelComparisonAnalyzer>(SafetyVerifier.Usings + source);

    [Fact]
    public Task Flags_levels_of_two_results_compared_without_checking_their_methods() => Verify("""
        public static class Trend
        {
            public static bool Falling(MrdResult before, MrdResult after) => [|after.Level?.Value < before.Level?.Value|];
            public static int Order(MrdResult a, MrdResult b) => [|a.Level!.Value.CompareTo(b.Level!.Value)|];
            public static bool Above(MrdResult a, MrdResult b) => [|a.Level!.Value.IsAtOrAbove(b.Level!.Value)|];
            public static decimal Fold(MrdResult a, MrdResult b) => [|a.Level!.Value.Value / b.Level!.Value.Value|];
        }
        """);

    [Fact]
    public Task Levels_compared_after_checking_the_methods_and_other_comparisons_are_fine() => Verify("""
        public static class Trend
        {
            public static bool Guarded(MrdResult a, MrdResult b) => a.Method == b.Method && a.Level?.Value < b.Level?.Value;

            public static bool Early(MrdResult a, MrdResult b)
            {
                if (a.Method != b.Method)
                {
                    return false;
                }

                return a.Level?.Value < b.Level?.Value;
            }

            public static bool AgainstThreshold(MrdResult a) => a.Level!.Value.IsAtOrAbove(MrdLevel.DefaultThreshold);
            public static MrdComparison Typed(MrdResult a, MrdResult b) => MrdComparison.Between(a, b);
            public static bool Same(MrdResult a) => a.Level == a.Level;
        }
        """);
}
