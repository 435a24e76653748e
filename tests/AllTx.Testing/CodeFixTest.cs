using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Testing;

/// <summary>
/// Verifies an analyzer (as <see cref="AnalyzerTest{TAnalyzer}"/>) and then its code fix: applied to one diagnostic at a
/// time until none is left, the result must equal <see cref="FixedCode"/>; applied with Fix All in document, project and
/// solution scope, it must equal <see cref="BatchFixedCode"/> (or <see cref="FixedCode"/>). The fixed code must compile,
/// with only <see cref="FixedExpectedDiagnostics"/> remaining.
/// </summary>
public class CodeFixTest<TAnalyzer, TCodeFix> : AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The main source after fixing every diagnostic one by one (markup allowed for remaining diagnostics).</summary>
    public string FixedCode { get; set; } = string.Empty;

    /// <summary>The main source after Fix All; <see cref="FixedCode"/> when null.</summary>
    public string? BatchFixedCode { get; set; }

    /// <summary>The equivalence key of the code action to apply; the first action offered when null.</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>Diagnostics expected to remain after the fixes, besides those written as markup in the fixed code.</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = new();

    private protected override async Task VerifyAfterAnalysisAsync(ParsedSources parsed, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        if (parsed.Spans.Any(s => s.FilePath != TestWorkspace.FilePath(0)))
        {
            throw new VerificationException("Code-fix tests put every diagnostic to fix in TestCode; AdditionalSources only support it.");
        }

        var fixer = new TCodeFix();
        var project = CreateProject(parsed.Sources);
        var fixedProject = await CodeFixApplier.FixOneByOneAsync(project, analyzers, fixer, CodeActionEquivalenceKey).ConfigureAwait(false);
        await VerifyFixedAsync(fixedProject, FixedCode, analyzers, "after fixing one diagnostic at a time").ConfigureAwait(false);

        var fixAll = fixer.GetFixAllProvider();
        if (fixAll is null)
        {
            if (BatchFixedCode is not null)
            {
                throw new VerificationException($"{typeof(TCodeFix).Name} offers no Fix All, but the test sets BatchFixedCode.");
            }

            return;
        }

        foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
        {
            if (!fixAll.GetSupportedFixAllScopes().Contains(scope))
            {
                continue;
            }

            var batchFixed = await CodeFixApplier.FixAllAsync(CreateProject(parsed.Sources), analyzers, fixer, fixAll, scope, CodeActionEquivalenceKey)
                .ConfigureAwait(false);
            await VerifyFixedAsync(batchFixed, BatchFixedCode ?? FixedCode, analyzers, $"after Fix All in {scope} scope").ConfigureAwait(false);
        }
    }

    private async Task VerifyFixedAsync(Project project, string expectedMarkup, ImmutableArray<DiagnosticAnalyzer> analyzers, string context)
    {
        var expected = ParsedSources.Parse(new[] { expectedMarkup }.Concat(AdditionalSources).ToList());
        var document = project.Documents.Single(d => d.FilePath == TestWorkspace.FilePath(0));
        var actualText = (await document.GetTextAsync().ConfigureAwait(false)).ToString();
        if (Normalize(actualText) != Normalize(expected.Sources[0]))
        {
            throw new VerificationException(
                $"The fixed code differs from the expected code ({context}).\n{TextDiff.Describe(expected.Sources[0], actualText)}");
        }

        var run = await AnalysisRun.RunAsync(project, analyzers).ConfigureAwait(false);
        run.ThrowIfAnalyzerFailed(context);
        var expectations = expected.Expectations(FixedExpectedDiagnostics, MarkupId);
        var sources = await Task.WhenAll(TestWorkspace.Documents(project).Select(async d => (await d.GetTextAsync().ConfigureAwait(false)).ToString()))
            .ConfigureAwait(false);
        DiagnosticMatcher.Verify(expectations, Reportable(run.Diagnostics, expectations), sources, context);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
