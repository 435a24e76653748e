using AllTx.Analyzers.Unions;
using AllTx.Generators.Unions;
using AllTx.Testing;

namespace AllTx.Analyzers.Tests.Unions;

public sealed class ExhaustiveUnionSwitchSuppressorTests
{
    private static Task VerifyAsync(string source)
    {
        var test = new SuppressorTest<ExhaustiveUnionSwitchSuppressor> { TestCode = UnionTestSources.Relapse + "\n" + source };
        test.SourceGenerators.Add(new UnionGenerator());
        return test.RunAsync();
    }

    [Fact]
    public Task Suppresses_CS8509_on_a_named_union_switch_that_handles_every_case() => VerifyAsync("""
        static class Triage
        {
            static string Plan(Relapse relapse) => relapse {|CS8509:switch|}
            {
                Relapse.Cd19Positive => "re-treat",
                Relapse.Cd19Negative => "target CD22",
                Relapse.LineageSwitch => "treat as AML",
            };
        }
        """);

    [Fact]
    public Task Suppresses_CS8509_on_a_OneOf_Value_switch_that_handles_every_case() => VerifyAsync("""
        static class Reading
        {
            static string Show(OneOf.OneOf<decimal, string> blasts) => blasts.Value {|CS8509:switch|}
            {
                decimal percent => "number",
                string text => text,
            };
        }
        """);

    [Fact]
    public Task Keeps_CS8509_on_incomplete_union_switches_and_ordinary_switches() => VerifyAsync("""
        static class Triage
        {
            static string Plan(Relapse relapse) => relapse switch
            {
                Relapse.Cd19Positive => "re-treat",
                Relapse.Cd19Negative => "target CD22",
            };

            static int Kind(object value) => value switch { int => 1, string => 2 };
        }
        """);
}
