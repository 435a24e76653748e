using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AllTx.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
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
            SyntaxNode? replacement = flagged switch
            {
                { Parent: SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } arm } =>
                    ReplaceArm(switchExpression, arm, missing),
                DefaultSwitchLabelSyntax { Parent: SwitchSectionSyntax section } label when !missing.IsEmpty || section.Labels.Count > 1 =>
                    ReplaceLabel(section, label, missing),
                _ => null,
            };
            if (root is null || replacement is null)
            {
                return;
            }

            SyntaxNode replaced = replacement is SwitchExpressionSyntax ? flagged!.Parent!.Parent! : flagged!.Parent!;
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(replaced, replacement))),
                    equivalenceKey: Title),
                diagnostic);
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

        private static SwitchSectionSyntax ReplaceLabel(SwitchSectionSyntax section, SwitchLabelSyntax label, ImmutableArray<string> missing)
        {
            int index = section.Labels.IndexOf(label);
            SyntaxList<SwitchLabelSyntax> labels = section.Labels
                .RemoveAt(index)
                .InsertRange(index, missing.Select(UnionArmSyntax.LabelFor));
            return section.WithLabels(labels).WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
