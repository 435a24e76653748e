using AllTx.Analyzers.Safety;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.Safety;

namespace AllTx.Analyzers.Tests.Dosing;

/// <summary>
/// ATX1001 on fields, properties and parameters alone (ATX1002 and ATX2001 disabled); tuples, anonymous objects and
/// creations: <see cref="DrugDoseWithoutUnitAnalyzerTests"/>; the three rules together: <see cref="NumericDeclarationAnalyzerTests"/>.
/// </summary>
public sealed class DrugDoseDeclarationRuleTests
{
    private const string Rule = "ATX1001";

    private static Task Verify(string source) => SafetyVerifier.VerifyRuleAsync<NumericDeclarationAnalyzer>(Rule, SafetyVerifier.Usings + source);

    [Fact]
    public Task Flags_a_record_a_class_and_a_method_that_pair_a_drug_with_a_number() => Verify("""
        public record Order(Drug Drug, [|decimal|] Dose);

        public class Infusion
        {
            public Drug Drug { get; set; } = null!;
            public [|double|] Amount { get; set; }
            private [|int|] _micrograms;
        }

        public static class Ward
        {
            public static void Give(Drug drug, [|double|] amount) { }
            public static void Later(Drug drug, [|long?|] amount) { }
        }
        """);

    [Fact]
    public Task Counts_days_and_prices_next_to_a_drug_numbers_without_a_drug_and_locals_are_fine() => Verify("""
        public record Administration(Drug Drug, Dose Dose, int CycleDay, decimal Price);

        public record Invoice(string Item, decimal Amount);

        public static class Ward
        {
            public static void Schedule(Drug drug, int cycleDay, Dose dose) { }
            public static double Square(double amount) => amount * amount;

            public static void Local(Drug drug)
            {
                decimal total = 3m;
                _ = total;
            }
        }

        public abstract class Base
        {
            public abstract void Give(Drug drug, [|decimal|] amount);
        }

        public sealed class Derived : Base
        {
            public override void Give(Drug drug, decimal amount) { }
        }
        """);

    [Fact]
    public Task Fix_replaces_the_number_by_Dose_in_every_declaration() => SafetyVerifier.VerifyFixAsync<NumericDeclarationAnalyzer, ReplaceNumberTypeCodeFix>(
        """
        using AllTx.Domain.Drugs;

        public record Order(Drug Drug, [|decimal|] Dose);

        public static class Ward
        {
            public static void Give(Drug drug, [|double?|] amount) { }
        }
        """,
        """
        using AllTx.Domain.Dosing;
        using AllTx.Domain.Drugs;

        public record Order(Drug Drug, Dose Dose);

        public static class Ward
        {
            public static void Give(Drug drug, Dose? amount) { }
        }
        """,
        rule: Rule);
}
