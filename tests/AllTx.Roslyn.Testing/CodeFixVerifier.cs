using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Roslyn.Testing;

/// <summary>
/// Verifies an analyzer and its code fix with Microsoft.CodeAnalysis.Testing's <see cref="CSharpCodeFixTest{TAnalyzer, TCodeFix, TVerifier}"/>:
/// one fix at a time, and Fix All in document, project and solution scope wherever the fix's Fix All provider supports
/// the scope (the library's default behaviour).
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>An expectation for the analyzer's only diagnostic.</summary>
    public static DiagnosticResult Diagnostic() => AnalyzerVerifier<TAnalyzer>.Diagnostic();

    /// <summary>An expectation for the analyzer's diagnostic <paramref name="id"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    /// <summary>Verifies the analyzer alone.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

    /// <summary>Verifies the diagnostics written as markup in <paramref name="source"/> and that fixing them gives <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(source, Array.Empty<DiagnosticResult>(), fixedSource);

    /// <summary>Verifies the markup plus <paramref name="expected"/> diagnostics and that fixing them gives <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// The library's code-fix test with our references and options (see <see cref="AnalyzerVerifier{TAnalyzer}.Test"/>).
    /// Markup in <c>FixedCode</c> and <c>BatchFixedCode</c> marks the diagnostics that remain after the fix (the library
    /// would otherwise ignore markup of fixable ids there).
    /// </summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        /// <summary>Configures the shared references and options.</summary>
        public Test()
        {
            TestCompilation.Configure(this, comparesGeneratedSources: false);
            FixedState.MarkupHandling = MarkupMode.Allow;
            BatchFixedState.MarkupHandling = MarkupMode.Allow;
        }

        /// <summary>Generators (types) that run before analysis.</summary>
        public List<Type> SourceGenerators { get; } = new();

        /// <inheritdoc />
        protected override IEnumerable<Type> GetSourceGenerators() => SourceGenerators;

        /// <inheritdoc />
        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) =>
            TestMarkup.DefaultDiagnostic(analyzers, DisabledDiagnostics);
    }
}
