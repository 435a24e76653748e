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
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AllTx.CodeFixes.Unions
{
    /// <summary>
    /// ATX4001: adds an arm (or case section) for every unhandled case. Each one throws an InvalidOperationException naming
    /// the case and sits under a <c>#warning</c>, so the build keeps pointing at it until the team writes the handling.
    /// </summary>
    [ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(AddMissingUnionArmsCodeFix))]
    [Shared]
    public sealed class AddMissingUnionArmsCodeFix : UnionArmsCodeFix
    {
        /// <summary>Creates the code fix.</summary>
        public AddMissingUnionArmsCodeFix()
            : base(RuleIdentifiers.NonExhaustiveUnionSwitch, "Add the missing union cases")
        {
        }

        private protected override Func<CancellationToken, Task<Document>>? CreateFix(
            Document document,
            SyntaxNode root,
            Diagnostic diagnostic,
            ImmutableArray<string> missingCases)
        {
            SyntaxNode? switchNode = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (missingCases.IsEmpty || switchNode is not (SwitchExpressionSyntax or SwitchStatementSyntax))
            {
                return null;
            }

            return _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(switchNode, AddArms(switchNode, missingCases))));
        }

        private static SyntaxNode AddArms(SyntaxNode switchNode, ImmutableArray<string> missing)
        {
            string endOfLine = UnionArmSyntax.EndOfLine(switchNode);
            if (switchNode is SwitchExpressionSyntax switchExpression)
            {
                return UnionArmSyntax.WithArms(
                    switchExpression,
                    replaced: null,
                    missing.Select(caseType => SwitchExpressionArm(UnionArmSyntax.PatternFor(caseType), UnionArmSyntax.Placeholder(caseType))
                        .WithLeadingTrivia(UnionArmSyntax.PlaceholderWarning(caseType, endOfLine))));
            }

            var switchStatement = (SwitchStatementSyntax)switchNode;
            var sections = missing.Select(caseType => SwitchSection(
                    SingletonList(UnionArmSyntax.LabelFor(caseType)),
                    SingletonList<StatementSyntax>(ThrowStatement(UnionArmSyntax.Placeholder(caseType).Expression)))
                .WithLeadingTrivia(UnionArmSyntax.PlaceholderWarning(caseType, endOfLine)));
            return switchStatement.AddSections(sections.ToArray()).WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
