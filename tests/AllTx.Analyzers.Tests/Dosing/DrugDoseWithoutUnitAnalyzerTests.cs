using AllTx.Analyzers.Dosing;
using AllTx.Analyzers.Tests.Safety;

namespace AllTx.Analyzers.Tests.Dosing;

/// <summary>ATX1001 on tuples, anonymous objects and creations; fields, properties and parameters: <see cref="DrugDoseDeclarationRuleTests"/>.</summary>
public sealed class DrugDoseWithoutUnitAnalyzerTests
{
    private static Task Verify(string source) => SafetyVerifier.VerifyAsync<DrugDoseWithoutUnitAnalyzer>(SafetyVerifier.Usings + source);

    [Fact]
    public Task Flags_tuples_and_anonymous_objects_that_pair_a_drug_with_a_number() => Verify("""
        public static class Ward
        {
            public static ([|decimal|] Dose, Drug Drug) Plan() => throw new NotImplementedException();

            public static object Describe(Drug drug)
            {
                var pair = (drug, [|28m|]);
                var shown = new { Drug = drug, [|Amount = 28.5|] };
                return (pair, shown);
            }
        }
        """);

    [Fact]
    public Task Tuples_of_counts_or_without_a_drug_and_declarations_are_left_alone() => Verify("""
        public record Order(Drug Drug, decimal Dose);

        public static class Ward
        {
            public static (Drug Drug, int CycleDay) Next(Drug drug) => (drug, 1);

            public static void Local(Drug drug)
            {
                decimal total = 3m;
                var (first, second) = (1, 2);
                _ = total + first + second;
            }
        }
        """);
}
