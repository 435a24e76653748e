using AllTx.Analyzers.Unions;
using AllTx.Generators.Unions;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.Unions;

public sealed class ExhaustiveUnionSwitchSuppressorTests
{
    // Compiler warnings are compared, so each CS8509 must be expected: suppressed by us or, where it must stay, not.
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<ExhaustiveUnionSwitchSuppressor>.Test
        {
            TestCode = UnionTestSources.Relapse + "\n" + source,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.SourceGenerators.Add(typeof(UnionGenerator));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult CS8509(int location, bool suppressed) =>
        DiagnosticResult.CompilerWarning("CS8509").WithLocation(location).WithIsSuppressed(suppressed);

    [Fact]
    public Task Suppresses_CS8509_on_a_named_union_switch_that_handles_every_case() => VerifyAsync("""
        static class Triage
        {
            static string Plan(Relapse relapse) => relapse {|#0:switch|}
            {
                Relapse.Cd19Positive => "re-treat",
                Relapse.Cd19Negative => "target CD22",
                Relapse.LineageSwitch => "treat as AML",
            };
        }
        """,
        CS8509(0, suppressed: true));

    [Fact]
    public Task Suppresses_CS8509_on_a_OneOf_Value_switch_that_handles_every_case() => VerifyAsync("""
        static class Reading
        {
            static string Show(AllTx.OneOf<decimal, string> blasts) => blasts.Value {|#0:switch|}
            {
                decimal percent => "number",
                string text => text,
            };
        }
        """,
        CS8509(0, suppressed: true));

    [Fact]
    public Task Keeps_CS8509_on_incomplete_union_switches_and_ordinary_switches() => VerifyAsync("""
        static class Triage
        {
            static string Plan(Relapse relapse) => relapse {|#0:switch|}
            {
                Relapse.Cd19Positive => "re-treat",
                Relapse.Cd19Negative => "target CD22",
            };

            static int Kind(object value) => value {|#1:switch|} { int => 1, string => 2 };
        }
        """,
        CS8509(0, suppressed: false),
        CS8509(1, suppressed: false));
}
