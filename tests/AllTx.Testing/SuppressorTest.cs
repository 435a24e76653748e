using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Testing;

/// <summary>
/// Verifies a diagnostic suppressor. The markup names the compiler diagnostics that must be suppressed
/// (<c>{|CS8509:switch|}</c>): without the suppressor each is reported there (so the test proves something), with it each
/// is suppressed by one of the suppressor's descriptors, and nothing else is suppressed by it. Markup in
/// <see cref="SourceTest.TestCode"/> marks each diagnostic the suppressor must suppress.
/// </summary>
public class SuppressorTest<TSuppressor> : SourceTest
    where TSuppressor : DiagnosticSuppressor, new()
{
    /// <summary>Runs the verification; throws <see cref="VerificationException"/> on any mismatch.</summary>
    public async Task RunAsync()
    {
        var parsed = ParsedSources.Parse(AllMarkup());
        if (parsed.Spans.Any(s => s.DiagnosticId is null))
        {
            throw new VerificationException("Suppressor tests mark each suppressed diagnostic with its id: {|CS8509:…|}.");
        }

        var project = CreateProject(parsed.Sources);
        var compilation = await project.GetCompilationAsync().ConfigureAwait(false)
            ?? throw new InvalidOperationException("The test project produced no compilation.");
        var unsuppressed = compilation.GetDiagnostics();
        foreach (var mark in parsed.Spans)
        {
            if (!unsuppressed.Any(d => IsAt(d, mark.DiagnosticId!, mark.Span)))
            {
                throw new VerificationException(
                    $"The compiler does not report {mark.DiagnosticId} at the marked span even without the suppressor, so the test " +
                    $"proves nothing. Compiler diagnostics:\n{DiagnosticMarkupRenderer.Render(parsed.Sources, unsuppressed)}");
            }
        }

        var suppressor = new TSuppressor();
        var suppressionIds = suppressor.SupportedSuppressions.Select(s => s.Id).ToImmutableHashSet(StringComparer.Ordinal);
        var run = await AnalysisRun.RunAsync(project, ImmutableArray.Create<DiagnosticAnalyzer>(suppressor)).ConfigureAwait(false);
        run.ThrowIfAnalyzerFailed("suppressor test");

        var suppressedByUs = run.Diagnostics
            .Where(d => d.IsSuppressed && SuppressedBy(d, run.Compilation, suppressionIds))
            .ToList();
        var expected = parsed.Spans.Select(s => new ExpectedDiagnostic(DiagnosticResult.Create(s.DiagnosticId!), s.FilePath, s.Span)).ToList();
        DiagnosticMatcher.Verify(expected, suppressedByUs, parsed.Sources, $"diagnostics suppressed by {typeof(TSuppressor).Name}");
    }

    private static bool SuppressedBy(Diagnostic diagnostic, Compilation compilation, ImmutableHashSet<string> suppressionIds)
    {
        var info = diagnostic.GetSuppressionInfo(compilation);
        return info is not null && info.ProgrammaticSuppressions.Any(s => suppressionIds.Contains(s.Descriptor.Id));
    }

    private static bool IsAt(Diagnostic diagnostic, string id, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        diagnostic.Id == id && diagnostic.Location.IsInSource && diagnostic.Location.SourceSpan == span;
}
