using AllTx.Analyzers.Safety;
using AllTx.CodeFixes.Safety;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Tests.Safety;

/// <summary>
/// ATX1001, ATX1002 and ATX2001 together, as a build runs them: one walk over the same declarations. Each rule alone:
/// DrugDoseDeclarationRuleTests, DoseNameRuleTests, MrdNameRuleTests.
/// </summary>
public sealed class NumericDeclarationAnalyzerTests
{
    private static Task Verify(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        SafetyVerifier.VerifyAsync<NumericDeclarationAnalyzer>(SafetyVerifier.Usings + source, editorConfig, expected);

    [Fact]
    public Task A_dose_named_number_beside_a_drug_is_ATX1001_only() => Verify("""
        public record Order(Drug Drug, {|ATX1001:decimal|} Dose);

        public class Infusion
        {
            public Drug Drug { get; init; } = null!;
            public {|ATX1001:double|} MaxDose { get; init; }
        }

        public static class Ward
        {
            public static void Give(Drug drug, {|ATX1001:decimal|} dose) { }
        }
        """);

    [Fact]
    public Task An_MRD_named_number_in_a_type_with_a_drug_is_ATX2001_and_ATX1001() => Verify(
        """
        public class Course
        {
            public Drug Drug { get; init; } = null!;
            public {|#0:double|} Mrd { get; init; }
            public int MrdSampleCount { get; init; }
        }
        """,
        null,
        AnalyzerVerifier<NumericDeclarationAnalyzer>.Diagnostic("ATX1001").WithLocation(0).WithArguments("Course", "double", "Mrd"),
        AnalyzerVerifier<NumericDeclarationAnalyzer>.Diagnostic("ATX2001").WithLocation(0));

    [Fact]
    public Task Locals_named_as_doses_or_MRD_values_are_reported_even_beside_a_drug() => Verify("""
        public static class Ward
        {
            public static decimal Give(Drug drug)
            {
                {|ATX1002:decimal|} dose = 28m;
                {|ATX2001:double|} mrd = 0.001;
                int doseCount = 2;
                return dose * doseCount + (decimal)mrd;
            }
        }
        """);

    [Fact]
    public Task A_type_with_no_drug_no_dose_name_and_no_MRD_name_gives_nothing() => Verify("""
        public record Invoice(string Item, decimal Price, int Quantity);

        public class Stock
        {
            public double Temperature { get; init; }
            private long _total;

            public void Add(int count, decimal amount)
            {
                var sum = count * amount;
                _total += (long)sum;
            }
        }
        """);

    [Fact]
    public Task Severity_is_configured_per_rule() => Verify(
        """
        public class Plan
        {
            public Drug Drug { get; init; } = null!;
            public {|#0:decimal|} Amount { get; init; }
        }

        public class Visit
        {
            public decimal MaxDose { get; init; }
            public {|#1:double|} Mrd { get; init; }
        }
        """,
        "dotnet_diagnostic.ATX1002.severity = none\ndotnet_diagnostic.ATX2001.severity = warning",
        AnalyzerVerifier<NumericDeclarationAnalyzer>.Diagnostic("ATX1001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error),
        AnalyzerVerifier<NumericDeclarationAnalyzer>.Diagnostic("ATX2001").WithLocation(1).WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Nothing_is_reported_when_the_project_does_not_reference_the_domain() =>
        new AnalyzerVerifier<NumericDeclarationAnalyzer>.Test
        {
            TestCode = "public class Plan { public string Drug = \"\"; public decimal Dose { get; init; } public double Mrd { get; init; } }",
        }.RunAsync();

    // Fix All applies the action it was started from: its first pass ("Use Dose") fixes the ATX1001 and ATX1002 numbers, not
    // the MRD one, so reaching the fixed code takes exactly two passes.
    [Fact]
    public Task Fix_replaces_each_number_by_the_type_its_rule_names() => SafetyVerifier.VerifyFixAsync<NumericDeclarationAnalyzer, ReplaceNumberTypeCodeFix>(
        """
        using AllTx.Domain.Drugs;

        public record Order(Drug Drug, {|ATX1001:decimal|} Amount);

        public class Visit
        {
            public {|ATX1002:decimal|} MaxDose { get; init; }
            public {|ATX2001:double?|} Mrd { get; init; }
        }
        """,
        """
        using AllTx.Domain.Dosing;
        using AllTx.Domain.Drugs;
        using AllTx.Domain.Mrd;

        public record Order(Drug Drug, Dose Amount);

        public class Visit
        {
            public Dose MaxDose { get; init; }
            public MrdResult? Mrd { get; init; }
        }
        """,
        fixAllPasses: 2);
}
