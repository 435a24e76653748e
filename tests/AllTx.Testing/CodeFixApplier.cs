using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Testing;

/// <summary>Applies a code fix the way an IDE does: one diagnostic at a time, or Fix All in a scope.</summary>
internal static class CodeFixApplier
{
    public static async Task<Project> FixOneByOneAsync(
        Project project,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CodeFixProvider fixer,
        string? equivalenceKey)
    {
        var initial = await FixableAsync(project, analyzers, fixer).ConfigureAwait(false);
        for (int iteration = 0; iteration <= initial.Length; iteration++)
        {
            var fixable = await FixableAsync(project, analyzers, fixer).ConfigureAwait(false);
            CodeAction? action = null;
            foreach (var diagnostic in fixable)
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree)!;
                action = await SelectActionAsync(document, diagnostic, fixer, equivalenceKey).ConfigureAwait(false);
                if (action is not null)
                {
                    break;
                }
            }

            if (action is null)
            {
                return project;
            }

            var changed = await ApplyAsync(project, action).ConfigureAwait(false);
            if (await SameTextAsync(project, changed).ConfigureAwait(false))
            {
                throw new VerificationException($"The code action '{action.Title}' changed nothing; a fix that leaves its diagnostic would loop.");
            }

            project = changed;
        }

        throw new VerificationException(
            $"{fixer.GetType().Name} was applied {initial.Length + 1} times for {initial.Length} diagnostics and diagnostics remain: " +
            "a fix keeps producing new diagnostics.");
    }

    public static async Task<Project> FixAllAsync(
        Project project,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CodeFixProvider fixer,
        FixAllProvider fixAll,
        FixAllScope scope,
        string? equivalenceKey)
    {
        var fixable = await FixableAsync(project, analyzers, fixer).ConfigureAwait(false);
        foreach (var diagnostic in fixable)
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            var action = await SelectActionAsync(document, diagnostic, fixer, equivalenceKey).ConfigureAwait(false);
            if (action is null)
            {
                continue;
            }

            var context = new FixAllContext(
                document,
                fixer,
                scope,
                action.EquivalenceKey,
                fixer.FixableDiagnosticIds,
                new TestDiagnosticProvider(analyzers),
                CancellationToken.None);
            var fixAllAction = await fixAll.GetFixAsync(context).ConfigureAwait(false)
                ?? throw new VerificationException($"Fix All in {scope} scope offered no action.");
            return await ApplyAsync(project, fixAllAction).ConfigureAwait(false);
        }

        return project;
    }

    private static async Task<CodeAction?> SelectActionAsync(Document document, Diagnostic diagnostic, CodeFixProvider fixer, string? equivalenceKey)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        if (actions.Count == 0)
        {
            return null;
        }

        if (equivalenceKey is null)
        {
            return actions[0];
        }

        return actions.FirstOrDefault(a => a.EquivalenceKey == equivalenceKey)
            ?? throw new VerificationException(
                $"No code action with equivalence key '{equivalenceKey}' for {DiagnosticMatcher.Describe(diagnostic)}; offered: " +
                string.Join(", ", actions.Select(a => $"'{a.EquivalenceKey}' ({a.Title})")));
    }

    private static async Task<Project> ApplyAsync(Project project, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        var apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault()
            ?? throw new VerificationException($"The code action '{action.Title}' does not change the solution.");
        return apply.ChangedSolution.GetProject(project.Id)!;
    }

    private static async Task<ImmutableArray<Diagnostic>> FixableAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CodeFixProvider fixer)
    {
        var run = await AnalysisRun.RunAsync(project, analyzers).ConfigureAwait(false);
        run.ThrowIfAnalyzerFailed("while applying code fixes");
        return run.Diagnostics
            .Where(d => !d.IsSuppressed && d.Location.IsInSource && fixer.FixableDiagnosticIds.Contains(d.Id))
            .Where(d => project.GetDocument(d.Location.SourceTree) is not null)
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    private static async Task<bool> SameTextAsync(Project before, Project after)
    {
        foreach (var document in before.Documents)
        {
            var other = after.GetDocument(document.Id);
            if (other is null ||
                !(await document.GetTextAsync().ConfigureAwait(false)).ContentEquals(await other.GetTextAsync().ConfigureAwait(false)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Feeds Fix All the analyzer diagnostics of a document or project, as the IDE's diagnostic service does.</summary>
    private sealed class TestDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

        public TestDiagnosticProvider(ImmutableArray<DiagnosticAnalyzer> analyzers) => _analyzers = analyzers;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return (await AllAsync(document.Project).ConfigureAwait(false)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            (await AllAsync(project).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await AllAsync(project).ConfigureAwait(false);

        private async Task<IEnumerable<Diagnostic>> AllAsync(Project project)
        {
            var run = await AnalysisRun.RunAsync(project, _analyzers).ConfigureAwait(false);
            return run.Diagnostics.Where(d => !d.IsSuppressed && d.Id != "AD0001");
        }
    }
}
