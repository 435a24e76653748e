using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AllTx.Analyzers;
using Microsoft.CodeAnalysis;
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
    public sealed class ReplaceUnionDiscardArmCodeFix : UnionArmsCodeFix
    {
        /// <summary>Creates the code fix.</summary>
        public ReplaceUnionDiscardArmCodeFix()
            : base(RuleIdentifiers.DiscardArmInUnionSwitch, "Handle each union case explicitly")
        {
        }

        private protected override Func<CancellationToken, Task<Document>>? CreateFix(
            Document document,
            SyntaxNode root,
            Diagnostic diagnostic,
            ImmutableArray<string> missingCases)
        {
            SyntaxNode? flagged = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (flagged is { Parent: SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } arm })
            {
                SwitchExpressionSyntax replacement = ReplaceArm(switchExpression, arm, missingCases);
                return _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(switchExpression, replacement)));
            }

            if (flagged is DefaultSwitchLabelSyntax { Parent: SwitchSectionSyntax section } label && (!missingCases.IsEmpty || section.Labels.Count > 1))
            {
                return cancellationToken => ReplaceLabelAsync(document, label, missingCases, cancellationToken);
            }

            return null;
        }

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
            CancellationToken cancellationToken)
        {
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            string labels = string.Join(" ", missing.Select(caseType => UnionArmSyntax.LabelFor(caseType).NormalizeWhitespace().ToFullString()));
            return document.WithText(text.Replace(label.Span, labels));
        }
    }
}
