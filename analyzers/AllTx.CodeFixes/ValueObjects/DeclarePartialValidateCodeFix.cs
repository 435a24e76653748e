using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AllTx.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace AllTx.CodeFixes.ValueObjects
{
    /// <summary>
    /// ATX3006: declares <c>private static partial Validation Validate(T value);</c> in a value object that has declarative
    /// rules but no <c>Validate</c>; the AllTx generator then supplies the body that checks the rules, and Vogen calls it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclarePartialValidateCodeFix))]
    [Shared]
    public sealed class DeclarePartialValidateCodeFix : CodeFixProvider
    {
        private const string Title = "Declare the partial Validate that checks the declarative rules";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ValueObjectRulesNotRun);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is null
                    || !diagnostic.Properties.TryGetValue(RuleIdentifiers.UnderlyingTypeProperty, out string? underlying)
                    || underlying is null
                    || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is not { } declaration)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, token => DeclareAsync(context.Document, root, declaration, underlying, token), Title),
                    diagnostic);
            }
        }

        private static Task<Document> DeclareAsync(Document document, SyntaxNode root, TypeDeclarationSyntax declaration, string underlying, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var validate = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
                "private static partial global::Vogen.Validation Validate(" + underlying + " value);")!;
            validate = validate
                .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
                .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            TypeDeclarationSyntax updated = declaration;
            if (declaration.OpenBraceToken.IsKind(SyntaxKind.None) || declaration.OpenBraceToken.IsMissing)
            {
                // "partial class NctId;": give it a body first (the semicolon's trivia stays at the end).
                updated = updated
                    .WithSemicolonToken(default)
                    .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                    .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(declaration.SemicolonToken.TrailingTrivia));
            }

            updated = updated.WithMembers(updated.Members.Insert(0, validate));
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(declaration, updated.WithAdditionalAnnotations(Formatter.Annotation))));
        }
    }
}
