using AllTx.Analyzers.Unions;
using AllTx.Generators.Unions;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;
using Verify = AllTx.Roslyn.Testing.AnalyzerVerifier<AllTx.Analyzers.Unions.IgnoredUnionResultAnalyzer>;

namespace AllTx.Analyzers.Tests.Unions;

public sealed class IgnoredUnionResultAnalyzerTests
{
    private const string Classifier = """
        using System.Threading.Tasks;
        using AllTx;
        using Clinic;

        static partial class Triage
        {
            static Relapse Classify(decimal cd19) => cd19 > 0m ? new Relapse.Cd19Positive(cd19) : new Relapse.Cd19Negative(0m);
            static Task<Relapse> ClassifyAsync(decimal cd19) => Task.FromResult(Classify(cd19));
            static OneOf<decimal, string> Measure() => 1m;
            static void Log(decimal value) { }
        }
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<IgnoredUnionResultAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(UnionTestSources.Relapse);
        test.TestState.Sources.Add(Classifier);
        test.SourceGenerators.Add(typeof(UnionGenerator));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Flags_a_dropped_named_union_a_dropped_awaited_union_and_a_dropped_OneOf() => VerifyAsync("""
        using System.Threading.Tasks;

        static partial class Triage
        {
            static async Task Run()
            {
                {|#0:Classify(3m)|};
                {|#1:await ClassifyAsync(3m)|};
                {|#2:Measure().MapT0(m => m * 2)|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Clinic.Relapse", "Classify"),
        Verify.Diagnostic().WithLocation(1).WithArguments("Clinic.Relapse", "ClassifyAsync"),
        Verify.Diagnostic().WithLocation(2).WithArguments("AllTx.OneOf<decimal, string>", "MapT0"));

    [Fact]
    public Task Accepts_used_results_explicit_discards_and_calls_returning_other_types() => VerifyAsync("""
        static partial class Triage
        {
            static void Run()
            {
                var relapse = Classify(3m);
                _ = Classify(3m);
                Log(3m);
                relapse.Switch(_ => { }, _ => { }, _ => { });
            }
        }
        """);
}
