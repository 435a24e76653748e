using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Testing;

/// <summary>One compilation of the test project with the analyzers under test, and everything it reported.</summary>
internal sealed class AnalysisRun
{
    private AnalysisRun(Compilation compilation, ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<string> analyzerFailures)
    {
        Compilation = compilation;
        Diagnostics = diagnostics;
        AnalyzerFailures = analyzerFailures;
    }

    public Compilation Compilation { get; }

    /// <summary>Compiler and analyzer diagnostics, suppressed ones included (see <see cref="Diagnostic.IsSuppressed"/>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Analyzer exceptions (AD0001), each with its stack trace.</summary>
    public IReadOnlyList<string> AnalyzerFailures { get; }

    public static async Task<AnalysisRun> RunAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = await project.GetCompilationAsync().ConfigureAwait(false)
            ?? throw new InvalidOperationException("The test project produced no compilation.");
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (failures)
                {
                    failures.Add($"AD0001: {analyzer.GetType().Name} threw {exception}");
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync().ConfigureAwait(false);
        failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        return new AnalysisRun(compilation, diagnostics, failures.Distinct().ToList());
    }

    /// <summary>Fails when any analyzer threw: a crash is never an acceptable test outcome.</summary>
    public void ThrowIfAnalyzerFailed(string context)
    {
        if (AnalyzerFailures.Count > 0)
        {
            throw new VerificationException(
                $"An analyzer threw ({context}); analyzers must never throw (AD0001):\n" + string.Join("\n\n", AnalyzerFailures));
        }
    }
}
