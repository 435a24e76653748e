using AllTx.Analyzers.Safety;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.Safety;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.Mrd;

/// <summary>ATX2001 on declarations alone (ATX1001 and ATX1002 disabled); the three rules together: <see cref="NumericDeclarationAnalyzerTests"/>.</summary>
public sealed class MrdNameRuleTests
{
    private const string Rule = "ATX2001";

    private static Task Verify(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        SafetyVerifier.VerifyRuleAsync<NumericDeclarationAnalyzer>(Rule, SafetyVerifier.Usings + source, editorConfig, expected);

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
        AnalyzerVerifier<NumericDeclarationAnalyzer>.Diagnostic("ATX2001").WithLocation(0).WithArguments(
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
    public Task Name_patterns_come_from_editorconfig() => Verify("""
        public class Visit
        {
            public double Mrd { get; init; }
            public [|double|] FlowResult { get; init; }
        }
        """,
        "alltx.mrd_name_patterns = *flowresult");

    [Fact]
    public Task Fix_replaces_the_number_by_MrdResult() => SafetyVerifier.VerifyFixAsync<NumericDeclarationAnalyzer, ReplaceNumberTypeCodeFix>(
        """
        public record Visit(string Ward, [|double|] Mrd, [|decimal?|] LastMrd);
        """,
        """
        using AllTx.Domain.Mrd;

        public record Visit(string Ward, MrdResult Mrd, MrdResult? LastMrd);
        """,
        rule: Rule);
}
