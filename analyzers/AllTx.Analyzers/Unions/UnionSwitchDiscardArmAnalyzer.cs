using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Unions
{
    /// <summary>ATX4002: a <c>_</c>, <c>var</c> or <c>default</c> arm in a switch over a union.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnionSwitchDiscardArmAnalyzer : UnionOperationAnalyzer
    {
        /// <summary>Creates the analyzer.</summary>
        public UnionSwitchDiscardArmAnalyzer()
            : base(DiagnosticDescriptors.DiscardArmInUnionSwitch, OperationKind.Switch, OperationKind.SwitchExpression)
        {
        }

        private protected override void Analyze(OperationAnalysisContext context, UnionTypes unionTypes)
        {
            UnionSwitchAnalysis? analysis = UnionSwitchAnalysis.Analyze(context.Operation, unionTypes);
            if (analysis?.CatchAll is not { } catchAll)
            {
                return;
            }

            SyntaxNode flagged = catchAll.Syntax switch
            {
                SwitchExpressionArmSyntax arm => arm.Pattern,
                SwitchLabelSyntax label => label,
                var other => other,
            };
            ImmutableArray<string> missing = UnionSwitchLocations.CaseNames(
                analysis.MissingCases,
                context.Operation.SemanticModel,
                context.Operation.Syntax.SpanStart);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DiscardArmInUnionSwitch,
                flagged.GetLocation(),
                UnionSwitchLocations.MissingCasesProperties(missing),
                "'" + (flagged is DefaultSwitchLabelSyntax ? "default" : flagged.ToString()) + "'",
                analysis.Subject.DisplayName));
        }
    }
}
