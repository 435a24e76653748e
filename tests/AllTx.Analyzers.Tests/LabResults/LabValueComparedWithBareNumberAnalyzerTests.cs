using AllTx.Analyzers.LabResults;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.LabResults;

namespace AllTx.Analyzers.Tests.LabResults;

public sealed class LabValueComparedWithBareNumberAnalyzerTests
{
    private static Task Verify(string source) => SafetyVerifier.VerifyAsync<LabValueComparedWithBareNumberAnalyzer>(SafetyVerifier.Usings + source);

    [Fact]
    public Task Flags_raw_amounts_compared_with_numbers_that_have_no_unit() => Verify("""
        public static class Eligibility
        {
            private const double Limit = 2.0;
            public static bool Creatinine(LabValue creatinine) => [|creatinine.Amount <= 1.6m|];
            public static bool Bilirubin(LabValue bilirubin) => [|(double)bilirubin.Amount <= Limit|];
            public static bool Reversed(LabValue anc) => [|1 <= anc.Amount|];
            public static bool Quantity(Quantity platelets) => [|platelets.Amount > 100|];
            public static bool Dose(Dose dose) => [|dose.Amount > 28|];
        }
        """);

    [Fact]
    public Task Comparisons_with_quantities_with_zero_and_with_variables_are_fine() => Verify("""
        public static class Eligibility
        {
            public static bool Creatinine(LabValue creatinine) => creatinine <= Quantity.Of(1.6m, Unit.MilligramPerDecilitre);
            public static bool Positive(Quantity q) => q.Amount > 0;
            public static bool Against(LabValue value, decimal limit) => value.Amount <= limit;
            public static bool Plain(decimal amount) => amount <= 1.6m;
        }
        """);

    [Fact]
    public Task Fix_compares_with_a_quantity_in_the_unit_chosen() => SafetyVerifier.VerifyFixAsync<LabValueComparedWithBareNumberAnalyzer, CompareWithExplicitUnitCodeFix>(
        """
        using AllTx.Domain.Laboratory;

        public static class Eligibility
        {
            public static bool Creatinine(LabValue creatinine) => [|(double)creatinine.Amount <= 1.6|];
            public static bool Bilirubin(LabValue bilirubin) => [|2 >= bilirubin.Amount|];
        }
        """,
        """
        using AllTx.Domain.Laboratory;
        using AllTx.Domain.Units;

        public static class Eligibility
        {
            public static bool Creatinine(LabValue creatinine) => creatinine <= Quantity.Of(1.6m, Unit.MilligramPerDecilitre);
            public static bool Bilirubin(LabValue bilirubin) => bilirubin <= Quantity.Of(2m, Unit.MilligramPerDecilitre);
        }
        """,
        equivalenceKey: "CompareWithUnit.MilligramPerDecilitre");

    [Fact]
    public Task Fix_offers_micromoles_per_litre_too() => SafetyVerifier.VerifyFixAsync<LabValueComparedWithBareNumberAnalyzer, CompareWithExplicitUnitCodeFix>(
        """
        using AllTx.Domain.Laboratory;

        public static class Eligibility
        {
            public static bool Creatinine(LabValue creatinine) => [|creatinine.Amount <= 141|];
        }
        """,
        """
        using AllTx.Domain.Laboratory;
        using AllTx.Domain.Units;

        public static class Eligibility
        {
            public static bool Creatinine(LabValue creatinine) => creatinine <= Quantity.Of(141m, Unit.MicromolePerLitre);
        }
        """,
        equivalenceKey: "CompareWithUnit.MicromolePerLitre");
}
