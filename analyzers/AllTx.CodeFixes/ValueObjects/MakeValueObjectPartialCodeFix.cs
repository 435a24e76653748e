using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AllTx.Analyzers;
using AllTx.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.CodeFixes.ValueObjects
{
    /// <summary>ATX9001: adds <c>partial</c> to the value-object (or containing) declaration that lacks it.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeValueObjectPartialCodeFix))]
    [Shared]
    public sealed class MakeValueObjectPartialCodeFix : CodeFixProvider
    {
        private const string Title = "Make the declaration partial";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ValueObjectNotPartial);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            TypeDeclarationSyntax? declaration = root?.FindToken(context.Span.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (root is null || declaration is null || declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, token => MakePartialAsync(context.Document, root, declaration, token), Title),
                context.Diagnostics);
        }

        private static Task<Document> MakePartialAsync(Document document, SyntaxNode root, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TypeDeclarationSyntax updated = TypeDeclarationModifiers.Add(declaration, SyntaxKind.PartialKeyword);
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(declaration, updated)));
        }
    }
}
