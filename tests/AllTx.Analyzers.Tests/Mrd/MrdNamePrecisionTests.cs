using AllTx.Analyzers.Safety;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.Safety;

namespace AllTx.Analyzers.Tests.Mrd;

/// <summary>
/// ATX2001 on declarations reads a name's words: an MRD word anywhere counts, whatever follows it; an assay's limits, a
/// count, a date or a quantity at an MRD timepoint is not an MRD value.
/// </summary>
public sealed class MrdNamePrecisionTests
{
    private const string Rule = "ATX2001";

    private static Task Verify(string source, string? editorConfig = null) =>
        SafetyVerifier.VerifyRuleAsync<NumericDeclarationAnalyzer>(Rule, SafetyVerifier.Usings + source, editorConfig);

    [Fact]
    public Task An_MRD_word_anywhere_in_the_name_counts() => Verify("""
        public class MrdRow
        {
            public [|double|] MrdLog10 { get; init; }
            public [|double|] MrdDay29 { get; init; }
            public [|double|] MRDLevel { get; init; }
            public [|double|] mrd_value { get; init; }
            public [|double|] MrdPercent { get; init; }
            public [|double|] MeasurableResidualDisease { get; init; }
            public [|double|] minimal_residual_disease { get; init; }
            public [|double|] premrd { get; init; }
        }
        """);

    [Fact]
    public Task Assay_limits_counts_dates_and_quantities_at_an_MRD_timepoint_are_not_MRD_values() => Verify("""
        public class MrdRow
        {
            public double MrdAssaySensitivity { get; init; }
            public double MrdThreshold { get; init; }
            public double MrdLod { get; init; }
            public int MrdSampleCount { get; init; }
            public long MrdSampleDate { get; init; }
            public int MrdDay { get; init; }
            public double CellsAtMrdAssessment { get; init; }
            public double ResidualVolume { get; init; }
        }
        """);

    [Fact]
    public Task MRD_words_come_from_editorconfig() => Verify("""
        public class FlowRow
        {
            public double Mrd { get; init; }
            public [|double|] FlowLeukemicFraction { get; init; }
            public [|double|] leukemic_fraction_log { get; init; }
        }
        """,
        "alltx.mrd_name_patterns = leukemic_fraction");

    [Fact]
    public Task Fix_replaces_a_unit_named_MRD_number_by_MrdResult() => SafetyVerifier.VerifyFixAsync<NumericDeclarationAnalyzer, ReplaceNumberTypeCodeFix>(
        """
        public record Visit(string Ward, [|double|] MrdLog10);
        """,
        """
        using AllTx.Domain.Mrd;

        public record Visit(string Ward, MrdResult MrdLog10);
        """,
        rule: Rule);
}
