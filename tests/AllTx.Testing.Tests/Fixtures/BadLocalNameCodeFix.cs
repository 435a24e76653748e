using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Testing.Tests.Fixtures;

/// <summary>Offers two renames for a bad local: to <c>good</c> (listed first) and to <c>fine</c>.</summary>
public sealed class BadLocalNameCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var name in new[] { "good", "fine" })
        {
            context.RegisterCodeFix(
                CodeAction.Create($"Rename to {name}", ct => RenameAsync(context.Document, context.Span, name, ct), "RenameTo" + name),
                context.Diagnostics);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> RenameAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, string name, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        var token = root!.FindToken(span.Start);
        return document.WithSyntaxRoot(root.ReplaceToken(token, SyntaxFactory.Identifier(token.LeadingTrivia, name, token.TrailingTrivia)));
    }
}

/// <summary>A fix whose result still carries the diagnostic (renames bad to bad): the harness must stop it looping.</summary>
public sealed class NoOpCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0001");

    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        context.RegisterCodeFix(CodeAction.Create("Do nothing", _ => Task.FromResult(context.Document), "Nothing"), context.Diagnostics);
        return Task.CompletedTask;
    }
}
