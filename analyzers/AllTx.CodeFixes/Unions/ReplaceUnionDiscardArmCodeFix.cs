using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AllTx.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AllTx.CodeFixes.Unions
{
    /// <summary>
    /// ATX4002: replaces the <c>_</c> / <c>var x</c> arm or <c>default:</c> label by one explicit arm or label per case it
    /// was catching, with the same body, so behaviour is unchanged but a case added later fails the build (ATX4001).
    /// </summary>
    [ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(ReplaceUnionDiscardArmCodeFix))]
    [Shared]
    public sealed class ReplaceUnionDiscardArmCodeFix : CodeFixProvider
    {
        private const string Title = "Handle each union case explicitly";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIdentifiers.DiscardArmInUnionSwitch);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            Diagnostic diagnostic = context.Diagnostics[0];
            ImmutableArray<string> missing = UnionArmSyntax.MissingCases(diagnostic);
            SyntaxNode? flagged = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (root is null || flagged is null)
            {
                return;
            }

            if (flagged is { Parent: SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } arm })
            {
                SwitchExpressionSyntax replacement = ReplaceArm(switchExpression, arm, missing);
                Register(context, diagnostic, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(switchExpression, replacement))));
            }
            else if (flagged is DefaultSwitchLabelSyntax { Parent: SwitchSectionSyntax section } label && (!missing.IsEmpty || section.Labels.Count > 1))
            {
                Register(context, diagnostic, cancellationToken => ReplaceLabelAsync(context.Document, label, missing, cancellationToken));
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, System.Func<System.Threading.CancellationToken, Task<Document>> fix) =>
            context.RegisterCodeFix(CodeAction.Create(Title, fix, equivalenceKey: Title), diagnostic);

        private static SwitchExpressionSyntax ReplaceArm(
            SwitchExpressionSyntax switchExpression,
            SwitchExpressionArmSyntax arm,
            ImmutableArray<string> missing)
        {
            VariableDesignationSyntax? designation = arm.Pattern is VarPatternSyntax { Designation: SingleVariableDesignationSyntax single }
                ? single
                : (arm.Pattern as DeclarationPatternSyntax)?.Designation;
            return UnionArmSyntax.WithArms(
                switchExpression,
                arm,
                missing.Select(caseType => SwitchExpressionArm(UnionArmSyntax.PatternFor(caseType, designation), arm.Expression.WithoutTrivia())));
        }

        // Edits the text so that the section keeps its layout: the labels take the place of 'default:'.
        private static async Task<Document> ReplaceLabelAsync(
            Document document,
            SwitchLabelSyntax label,
            ImmutableArray<string> missing,
            System.Threading.CancellationToken cancellationToken)
        {
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            string labels = string.Join(" ", missing.Select(caseType => UnionArmSyntax.LabelFor(caseType).NormalizeWhitespace().ToFullString()));
            return document.WithText(text.Replace(label.Span, labels));
        }
    }
}
