using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AllTx.CodeFixes.Safety
{
    /// <summary>
    /// Fix All for fixes that rewrite nodes of one document: every diagnostic of a document is fixed in one pass over its
    /// syntax root (so that shared edits, such as one <c>using</c> directive, are made once).
    /// </summary>
    internal static class DocumentFixes
    {
        /// <summary>The Fix All provider; <paramref name="fix"/> rewrites a root for the diagnostics of one document.</summary>
        internal static FixAllProvider FixAll(Func<SyntaxNode, SemanticModel, ImmutableArray<Diagnostic>, string?, CancellationToken, SyntaxNode> fix) =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
            {
                if (diagnostics.IsDefaultOrEmpty)
                {
                    return document;
                }

                SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                return root is null || model is null
                    ? document
                    : document.WithSyntaxRoot(fix(root, model, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken));
            });

        /// <summary>Applies <paramref name="fix"/> to one diagnostic of <paramref name="document"/>.</summary>
        internal static async Task<Document> FixOneAsync(
            Document document,
            Diagnostic diagnostic,
            string? equivalenceKey,
            Func<SyntaxNode, SemanticModel, ImmutableArray<Diagnostic>, string?, CancellationToken, SyntaxNode> fix,
            CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return root is null || model is null
                ? document
                : document.WithSyntaxRoot(fix(root, model, ImmutableArray.Create(diagnostic), equivalenceKey, cancellationToken));
        }

        /// <summary>The node a diagnostic was reported on, found in the (unchanged) root.</summary>
        internal static T? NodeOf<T>(SyntaxNode root, Diagnostic diagnostic)
            where T : SyntaxNode =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.AncestorsAndSelf().OfType<T>()
                .FirstOrDefault(node => node.Span == diagnostic.Location.SourceSpan);
    }
}
