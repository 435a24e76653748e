using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Unions
{
    /// <summary>
    /// Suppresses CS8509 ("the switch expression does not handle all possible values") on a switch expression over a
    /// union that handles every case: the compiler cannot know a union is closed, ATX4001 does, so no discard is needed
    /// (and ATX4002 would flag one).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExhaustiveUnionSwitchSuppressor : DiagnosticSuppressor
    {
        internal static readonly SuppressionDescriptor Descriptor = new SuppressionDescriptor(
            RuleIdentifiers.ExhaustiveUnionSwitchSuppression,
            "CS8509",
            "The switch expression handles every case of the union (checked by ATX4001).");

        /// <inheritdoc />
        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            UnionTypes? unionTypes = null;
            foreach (Diagnostic diagnostic in context.ReportedDiagnostics)
            {
                if (diagnostic.Location.SourceTree is not { } tree)
                {
                    continue;
                }

                SyntaxNode node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node.FirstAncestorOrSelf<SwitchExpressionSyntax>() is not { } switchExpression)
                {
                    continue;
                }

                SemanticModel model = context.GetSemanticModel(tree);
                unionTypes ??= UnionTypes.Create(model.Compilation);
                if (unionTypes is null)
                {
                    return;
                }

                IOperation? operation = model.GetOperation(switchExpression, context.CancellationToken);
                UnionSwitchAnalysis? analysis = operation is null ? null : UnionSwitchAnalysis.Analyze(operation, unionTypes);
                if (analysis is not null && analysis.MissingCases.IsEmpty)
                {
                    context.ReportSuppression(Microsoft.CodeAnalysis.Diagnostics.Suppression.Create(Descriptor, diagnostic));
                }
            }
        }
    }
}
