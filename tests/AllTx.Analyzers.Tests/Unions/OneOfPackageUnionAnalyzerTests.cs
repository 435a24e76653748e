using AllTx.Analyzers.Unions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.Unions;

/// <summary>
/// The union rules on the OneOf package's own types: <c>OneOf.OneOf&lt;…&gt;</c> and any class deriving from
/// <c>OneOf.OneOfBase&lt;…&gt;</c>, declared here by hand as a team without our generator would (Microsoft.CodeAnalysis.Testing).
/// </summary>
public sealed class OneOfPackageUnionAnalyzerTests
{
    private const string Relapse = """
        using OneOf;

        namespace Clinic;

        public sealed record Cd19Positive(decimal Blasts);
        public sealed record Cd19Negative(decimal Blasts);
        public sealed record LineageSwitch(string Lineage);

        public sealed class Relapse : OneOfBase<Cd19Positive, Cd19Negative, LineageSwitch>
        {
            public Relapse(OneOf<Cd19Positive, Cd19Negative, LineageSwitch> value) : base(value) { }
        }

        public static class Classifier
        {
            public static Relapse Classify(decimal cd19) => new Relapse(new Cd19Positive(cd19));
        }
        """;

    [Fact]
    public Task ATX4001_flags_a_switch_on_the_Value_of_a_OneOfBase_that_misses_a_case() => Verify<NonExhaustiveUnionSwitchAnalyzer>("""
        namespace Clinic;

        public static class Plan
        {
            public static string For(Relapse relapse)
            {
                {|#0:switch|} (relapse.Value)
                {
                    case Cd19Positive: return "CD19-directed";
                    case Cd19Negative: return "CD22-directed";
                }

                return "unreachable";
            }
        }
        """,
        new DiagnosticResult("ATX4001", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task ATX4001_accepts_a_switch_on_the_Value_of_a_OneOfBase_that_handles_every_case() => Verify<NonExhaustiveUnionSwitchAnalyzer>("""
        namespace Clinic;

        public static class Plan
        {
            public static string For(Relapse relapse)
            {
                switch (relapse.Value)
                {
                    case Cd19Positive: return "CD19-directed";
                    case Cd19Negative: return "CD22-directed";
                    case LineageSwitch: return "AML-directed";
                }

                return "unreachable";
            }
        }
        """);

    [Fact]
    public Task ATX4003_flags_a_dropped_OneOfBase_result() => Verify<IgnoredUnionResultAnalyzer>("""
        namespace Clinic;

        public static class Triage
        {
            public static void Run() => {|#0:Classifier.Classify(3m)|};
        }
        """,
        new DiagnosticResult("ATX4003", DiagnosticSeverity.Warning).WithLocation(0));

    [Fact]
    public Task ATX4004_flags_a_default_OneOf_of_the_package_and_accepts_a_value() => Verify<DefaultOneOfAnalyzer>("""
        using OneOf;

        namespace Clinic;

        public static class Reading
        {
            public static OneOf<decimal, string> NotYetMeasured() => {|#0:default(OneOf<decimal, string>)|};
            public static OneOf<decimal, string> Measured() => 12.5m;
            public static OneOf<decimal, string>? Missing() => default;
        }
        """,
        new DiagnosticResult("ATX4004", DiagnosticSeverity.Error).WithLocation(0));

    private static Task Verify<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = source,
        };
        test.TestState.Sources.Add(Relapse);
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(UnionAttribute).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(OneOf.IOneOf).Assembly.Location));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
