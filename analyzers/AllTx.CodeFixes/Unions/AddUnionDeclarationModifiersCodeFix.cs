using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AllTx.Analyzers;
using AllTx.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.CodeFixes.Unions
{
    /// <summary>
    /// ATX9007, ATX9008, ATX9009: adds the modifiers the analyzer found missing (<c>partial</c> on a union or a type
    /// containing it, <c>abstract</c> on a union record, <c>sealed</c> / <c>partial</c> on a case).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddUnionDeclarationModifiersCodeFix))]
    [Shared]
    public sealed class AddUnionDeclarationModifiersCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = nameof(AddUnionDeclarationModifiersCodeFix);

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIdentifiers.UnionNotPartial,
            RuleIdentifiers.UnionNotAbstractRecord,
            RuleIdentifiers.UnionCaseNotSealedPartial);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            Diagnostic diagnostic = context.Diagnostics[0];
            if (!diagnostic.Properties.TryGetValue(RuleIdentifiers.MissingModifiersProperty, out string? joined) || string.IsNullOrEmpty(joined))
            {
                return;
            }

            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not TypeDeclarationSyntax declaration)
            {
                return;
            }

            SyntaxKind[] modifiers = joined!.Split(' ').Select(KindOf).ToArray();
            TypeDeclarationSyntax updated = modifiers.Aggregate(declaration, TypeDeclarationModifiers.Add);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make '{declaration.Identifier.ValueText}' {joined}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, updated))),
                    EquivalenceKey),
                diagnostic);
        }

        // 'partial' is a contextual keyword, 'sealed' and 'abstract' are reserved ones.
        private static SyntaxKind KindOf(string keyword) =>
            SyntaxFacts.GetKeywordKind(keyword) is var kind && kind != SyntaxKind.None ? kind : SyntaxFacts.GetContextualKeywordKind(keyword);
    }
}
