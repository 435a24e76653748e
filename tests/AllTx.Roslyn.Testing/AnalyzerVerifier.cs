using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Roslyn.Testing;

/// <summary>
/// Verifies an analyzer or a diagnostic suppressor with Microsoft.CodeAnalysis.Testing's <see cref="CSharpAnalyzerTest{TAnalyzer, TVerifier}"/>
/// and <see cref="DefaultVerifier"/>, on the shared offline references (<see cref="TestReferences"/>).
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>
    /// An expectation for the analyzer's only diagnostic, with its descriptor's severity. As for markup, the message is
    /// compared only when the test states it (<c>WithArguments</c> or <c>WithMessage</c>).
    /// </summary>
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic().WithMessage(null);

    /// <summary>An expectation for the analyzer's diagnostic <paramref name="id"/> (see <see cref="Diagnostic()"/>).</summary>
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id).WithMessage(null);

    /// <summary>Verifies that analyzing <paramref name="source"/> reports exactly its markup plus <paramref name="expected"/>.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// The library's analyzer test with our references and options. <see cref="SourceGenerators"/> run before analysis
    /// (their output is not compared here; generator tests do that).
    /// </summary>
    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        /// <summary>Configures the shared references and options.</summary>
        public Test() => TestCompilation.Configure(this, comparesGeneratedSources: false);

        /// <summary>Generators (types) that run before analysis, e.g. to complete the unions the test declares.</summary>
        public List<Type> SourceGenerators { get; } = new();

        /// <inheritdoc />
        protected override IEnumerable<Type> GetSourceGenerators() => SourceGenerators;

        /// <inheritdoc />
        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) =>
            TestMarkup.DefaultDiagnostic(analyzers, DisabledDiagnostics);
    }
}
