using AllTx.Analyzers.Mrd;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.Safety;
using AllTx.Testing;

namespace AllTx.Analyzers.Tests.Mrd;

public sealed class MrdValueWithoutMethodAnalyzerTests
{
    private static Task Verify(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        SafetyVerifier.VerifyAsync<MrdValueWithoutMethodAnalyzer>(SafetyVerifier.Usings + source, editorConfig, expected);

    [Fact]
    public Task Flags_MRD_numbers_without_a_method_in_members_parameters_and_locals() => Verify("""
        public class Visit
        {
            public [|double|] Mrd { get; init; }
            public [|decimal?|] PreTransplantMrd { get; init; }
            public [|decimal|] ResidualDisease { get; init; }

            public static bool Relapsing([|double|] mrdLevel) => mrdLevel > 0.001;
        }
        """);

    [Fact]
    public Task The_message_says_why_and_what_to_use() => Verify(
        "public record Sample({|#0:double|} Mrd);",
        null,
        DiagnosticResult.Create("ATX2001").WithLocation(0).WithArguments(
            "'Mrd' holds an MRD value as a unitless number with no MrdMethod alongside; keep it in an MrdResult, which always has its assay method"));

    [Fact]
    public Task MRD_numbers_with_a_method_alongside_and_other_names_are_fine() => Verify("""
        public class Visit
        {
            public MrdMethod Method { get; init; }
            public double Mrd { get; init; }
        }

        public static class Reading
        {
            public static bool Positive(MrdMethod method, double mrd) => mrd > 0;
            public static int Count(int mrdSampleCount) => mrdSampleCount;
            public static MrdResult? Latest(MrdResult? mrd) => mrd;
            public static decimal Blasts(decimal blastPercentage) => blastPercentage;
        }
        """);

    [Fact]
    public Task Flags_an_MrdResult_created_with_no_method() => Verify("""
        public static class Results
        {
            public static MrdResult Make(MrdOutcome outcome) =>
                MrdResult.Create([|default|], MrdSpecimen.BoneMarrow, new DateOnly(2025, 1, 6), outcome);

            public static MrdResult Cast(MrdOutcome outcome) =>
                MrdResult.Create([|(MrdMethod)0|], MrdSpecimen.BoneMarrow, new DateOnly(2025, 1, 6), outcome);

            public static MrdResult Fine(MrdOutcome outcome, MrdMethod method) =>
                MrdResult.Create(method, MrdSpecimen.BoneMarrow, new DateOnly(2025, 1, 6), outcome);

            public static MrdResult Flow(MrdOutcome outcome) =>
                MrdResult.Create(MrdMethod.MultiparameterFlowCytometry, MrdSpecimen.BoneMarrow, new DateOnly(2025, 1, 6), outcome);
        }
        """);

    [Fact]
    public Task Name_patterns_come_from_editorconfig() => Verify("""
        public class Visit
        {
            public double Mrd { get; init; }
            public [|double|] FlowResult { get; init; }
        }
        """,
        "alltx.mrd_name_patterns = *flowresult");

    [Fact]
    public Task Fix_replaces_the_number_by_MrdResult() => SafetyVerifier.VerifyFixAsync<MrdValueWithoutMethodAnalyzer, ReplaceNumberTypeCodeFix>(
        """
        public record Visit(string Ward, [|double|] Mrd, [|decimal?|] LastMrd);
        """,
        """
        using AllTx.Domain.Mrd;

        public record Visit(string Ward, MrdResult Mrd, MrdResult? LastMrd);
        """);
}
