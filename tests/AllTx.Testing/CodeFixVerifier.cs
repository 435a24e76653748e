using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Testing;

/// <summary>Short-hand verification of an analyzer and its code fix, in the style of Microsoft.CodeAnalysis.Testing.</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>An expectation for the analyzer's only diagnostic.</summary>
    public static DiagnosticResult Diagnostic() => AnalyzerVerifier<TAnalyzer>.Diagnostic();

    /// <summary>An expectation for the diagnostic <paramref name="id"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) => DiagnosticResult.Create(id);

    /// <summary>Verifies the analyzer alone (see <see cref="AnalyzerVerifier{TAnalyzer}.VerifyAnalyzerAsync"/>).</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

    /// <summary>Verifies the diagnostics written as markup in <paramref name="source"/> and that fixing them gives <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(source, Array.Empty<DiagnosticResult>(), fixedSource);

    /// <summary>Verifies the markup plus <paramref name="expected"/> diagnostics and that fixing them gives <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new CodeFixTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
