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
    /// <summary>ATX4001: adds an arm (or case section) for every unhandled case, throwing until the team fills it in.</summary>
    [ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(AddMissingUnionArmsCodeFix))]
    [Shared]
    public sealed class AddMissingUnionArmsCodeFix : CodeFixProvider
    {
        private const string Title = "Add the missing union cases";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIdentifiers.NonExhaustiveUnionSwitch);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            Diagnostic diagnostic = context.Diagnostics[0];
            ImmutableArray<string> missing = UnionArmSyntax.MissingCases(diagnostic);
            SyntaxNode? switchNode = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (root is null || missing.IsEmpty || switchNode is not (SwitchExpressionSyntax or SwitchStatementSyntax))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(switchNode, AddArms(switchNode, missing)))),
                    equivalenceKey: Title),
                diagnostic);
        }

        private static SyntaxNode AddArms(SyntaxNode switchNode, ImmutableArray<string> missing)
        {
            if (switchNode is SwitchExpressionSyntax switchExpression)
            {
                return UnionArmSyntax.WithArms(
                    switchExpression,
                    replaced: null,
                    missing.Select(caseType => SwitchExpressionArm(UnionArmSyntax.PatternFor(caseType), UnionArmSyntax.Placeholder())));
            }

            var switchStatement = (SwitchStatementSyntax)switchNode;
            var sections = missing.Select(caseType => SwitchSection(
                SingletonList(UnionArmSyntax.LabelFor(caseType)),
                SingletonList<StatementSyntax>(ThrowStatement(UnionArmSyntax.Placeholder().Expression))));
            return switchStatement.AddSections(sections.ToArray()).WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
