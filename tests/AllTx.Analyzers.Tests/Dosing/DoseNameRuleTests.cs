using AllTx.Analyzers.Safety;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.Safety;

namespace AllTx.Analyzers.Tests.Dosing;

/// <summary>ATX1002 alone (ATX1001 and ATX2001 disabled); the three rules together: <see cref="NumericDeclarationAnalyzerTests"/>.</summary>
public sealed class DoseNameRuleTests
{
    private const string Rule = "ATX1002";

    private static Task Verify(string source, string? editorConfig = null) =>
        SafetyVerifier.VerifyRuleAsync<NumericDeclarationAnalyzer>(Rule, SafetyVerifier.Usings + source, editorConfig);

    [Fact]
    public Task Flags_numbers_named_as_doses_in_members_parameters_and_locals() => Verify("""
        public class Prescription
        {
            public [|decimal|] Dose { get; init; }
            private [|double|] _maxDose;
            public [|int|] DoseMg { get; init; }
            public [|float?|] Dosage { get; init; }

            public void Adjust([|decimal|] newDose)
            {
                [|var|] startingDose = 9m;
                _ = startingDose + newDose;
            }
        }
        """);

    [Fact]
    public Task Doses_counts_of_doses_and_other_names_are_fine() => Verify("""
        public class Prescription
        {
            public Dose Dose { get; init; } = Dose.Parse("28 ug/d");
            public int DoseCount { get; init; }
            public int DoseDay { get; init; }
            public string DoseText { get; init; } = "";
            public decimal Amount { get; init; }
        }
        """);

    [Fact]
    public Task Name_patterns_come_from_editorconfig_and_replace_the_defaults() => Verify("""
        public class Prescription
        {
            public decimal Dose { get; init; }
            public [|decimal|] Strength { get; init; }
            public [|decimal|] StrengthMg { get; init; }
        }
        """,
        "alltx.dose_name_patterns = strength*");

    [Fact]
    public Task Fix_replaces_the_number_by_Dose_where_the_declaration_has_no_initialiser() => SafetyVerifier.VerifyFixAsync<NumericDeclarationAnalyzer, ReplaceNumberTypeCodeFix>(
        """
        namespace Ward;

        public class Prescription
        {
            public [|decimal|] Dose { get; init; }
            public [|decimal|] MaxDose { get; init; }
            public [|decimal|] MinDose { get; init; } = 1m;
        }
        """,
        """
        using AllTx.Domain.Dosing;

        namespace Ward;

        public class Prescription
        {
            public Dose Dose { get; init; }
            public Dose MaxDose { get; init; }
            public [|decimal|] MinDose { get; init; } = 1m;
        }
        """,
        rule: Rule);
}
