using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AllTx.Analyzers;
using AllTx.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.CodeFixes.Dosing
{
    /// <summary>ATX1003: writes the UCUM spelling the diagnostic found (<c>"mcg/d"</c> → <c>"ug/d"</c>, <c>"28 mcg/d"</c> → <c>"28 ug/d"</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseUcumSpellingCodeFix))]
    [Shared]
    public sealed class UseUcumSpellingCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "UseUcumSpelling";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.InvalidUnitText);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => DocumentFixes.FixAll(Fix);

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(RuleIdentifiers.ReplacementTextProperty, out string? replacement) && replacement is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create($"Write \"{replacement}\"", token => DocumentFixes.FixOneAsync(context.Document, diagnostic, EquivalenceKey, Fix, token), EquivalenceKey),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        private static SyntaxNode Fix(SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            var replacements = new Dictionary<LiteralExpressionSyntax, LiteralExpressionSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(RuleIdentifiers.ReplacementTextProperty, out string? text) && text is not null
                    && DocumentFixes.NodeOf<LiteralExpressionSyntax>(root, diagnostic) is { } literal)
                {
                    replacements[literal] = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)).WithTriviaFrom(literal);
                }
            }

            return root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        }
    }
}
