using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Testing;

/// <summary>Short-hand verification of one analyzer, in the style of Microsoft.CodeAnalysis.Testing.</summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>An expectation for the analyzer's only diagnostic.</summary>
    public static DiagnosticResult Diagnostic()
    {
        var descriptors = new TAnalyzer().SupportedDiagnostics;
        return descriptors.Length == 1
            ? DiagnosticResult.Create(descriptors[0].Id)
            : throw new VerificationException($"{typeof(TAnalyzer).Name} has {descriptors.Length} diagnostics; use Diagnostic(id).");
    }

    /// <summary>An expectation for the diagnostic <paramref name="id"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) => DiagnosticResult.Create(id);

    /// <summary>Verifies that analyzing <paramref name="source"/> reports exactly its markup plus <paramref name="expected"/>.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<TAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
