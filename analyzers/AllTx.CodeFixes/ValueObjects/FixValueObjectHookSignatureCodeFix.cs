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
using Microsoft.CodeAnalysis.Simplification;

namespace AllTx.CodeFixes.ValueObjects
{
    /// <summary>
    /// ATX9004: rewrites a <c>Validate</c> / <c>NormalizeInput</c> method to the signature the generator calls
    /// (<c>static</c>, the expected return type, one by-value parameter of the underlying type), keeping the name of
    /// its first parameter and its body.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FixValueObjectHookSignatureCodeFix))]
    [Shared]
    public sealed class FixValueObjectHookSignatureCodeFix : CodeFixProvider
    {
        // Diagnostic properties set by ValueObjectDeclarationAnalyzer (the analyzers assembly is not referenced here).
        private const string ReturnTypeProperty = "ReturnType";
        private const string ParameterTypeProperty = "ParameterType";
        private const string Title = "Use the signature the value-object generator calls";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ValueObjectHookSignature);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            Diagnostic diagnostic = context.Diagnostics[0];
            MethodDeclarationSyntax? method = root?.FindToken(context.Span.Start).Parent?.AncestorsAndSelf().OfType<MethodDeclarationSyntax>().FirstOrDefault();
            if (root is null
                || method is null
                || !diagnostic.Properties.TryGetValue(ReturnTypeProperty, out string? returnType)
                || !diagnostic.Properties.TryGetValue(ParameterTypeProperty, out string? parameterType)
                || returnType is null
                || parameterType is null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, token => FixAsync(context.Document, root, method, returnType, parameterType, token), Title),
                diagnostic);
        }

        private static Task<Document> FixAsync(
            Document document,
            SyntaxNode root,
            MethodDeclarationSyntax method,
            string returnType,
            string parameterType,
            CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string parameterName = method.ParameterList.Parameters.FirstOrDefault()?.Identifier.ValueText
                ?? (method.Identifier.ValueText == "Validate" ? "value" : "input");
            ParameterSyntax parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameterName))
                .WithType(Simplifiable(parameterType).WithTrailingTrivia(SyntaxFactory.Space));

            MethodDeclarationSyntax updated = method
                .WithReturnType(Simplifiable(returnType).WithTriviaFrom(method.ReturnType))
                .WithTypeParameterList(null)
                .WithConstraintClauses(default)
                .WithParameterList(method.ParameterList.WithParameters(SyntaxFactory.SingletonSeparatedList(parameter)));
            if (!updated.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                updated = updated.Modifiers.Count == 0
                    ? updated
                        .WithReturnType(updated.ReturnType.WithLeadingTrivia())
                        .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.StaticKeyword)
                            .WithLeadingTrivia(method.ReturnType.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space)))
                    : updated.AddModifiers(SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithTrailingTrivia(SyntaxFactory.Space));
            }

            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(method, updated)));
        }

        private static TypeSyntax Simplifiable(string typeName) =>
            SyntaxFactory.ParseTypeName(typeName).WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
