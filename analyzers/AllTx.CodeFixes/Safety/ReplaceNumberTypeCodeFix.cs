using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AllTx.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.CodeFixes.Safety
{
    /// <summary>
    /// ATX1001, ATX1002, ATX1005, ATX2001: replaces the unitless number type of a declaration by the SDK type the diagnostic names
    /// (<c>decimal Dose</c> → <c>Dose Dose</c>, <c>double mrd</c> → <c>MrdResult mrd</c>), keeping <c>?</c>, and adds the
    /// <c>using</c> it needs. Offered only where the declaration has no initialiser, so the declaration still compiles.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceNumberTypeCodeFix))]
    [Shared]
    public sealed class ReplaceNumberTypeCodeFix : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIdentifiers.DrugDoseWithoutUnit, RuleIdentifiers.DoseNamedNumber, RuleIdentifiers.RadiationDoseNamedNumber, RuleIdentifiers.MrdValueWithoutMethod);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => DocumentFixes.FixAll(Fix);

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(RuleIdentifiers.ReplacementTypeProperty, out string? metadataName) && metadataName is not null)
                {
                    string title = "Use " + SimpleName(metadataName);
                    context.RegisterCodeFix(
                        CodeAction.Create(title, token => DocumentFixes.FixOneAsync(context.Document, diagnostic, title, Fix, token), title),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        private static SyntaxNode Fix(SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            var replacements = new Dictionary<TypeSyntax, TypeSyntax>();
            var namespaces = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(RuleIdentifiers.ReplacementTypeProperty, out string? metadataName) || metadataName is null
                    || (equivalenceKey is not null && equivalenceKey != "Use " + SimpleName(metadataName))
                    || DocumentFixes.NodeOf<TypeSyntax>(root, diagnostic) is not { } type)
                {
                    continue;
                }

                TypeSyntax replacement = SyntaxFactory.IdentifierName(SimpleName(metadataName));
                if (type is NullableTypeSyntax)
                {
                    replacement = SyntaxFactory.NullableType(replacement);
                }

                replacements[type] = replacement.WithTriviaFrom(type);
                namespaces.Add(metadataName.Substring(0, metadataName.LastIndexOf('.')));
            }

            SyntaxNode fixedRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
            foreach (string name in namespaces)
            {
                fixedRoot = UsingDirectives.Ensure(fixedRoot, name);
            }

            return fixedRoot;
        }

        private static string SimpleName(string metadataName) => metadataName.Substring(metadataName.LastIndexOf('.') + 1);
    }
}
