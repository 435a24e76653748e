using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Unions
{
    /// <summary>ATX4002: a <c>_</c>, <c>var</c> or <c>default</c> arm in a switch over a union.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnionSwitchDiscardArmAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.DiscardArmInUnionSwitch);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                UnionTypes? unionTypes = UnionTypes.Create(start.Compilation);
                if (unionTypes is not null)
                {
                    start.RegisterOperationAction(
                        operationContext => Analyze(operationContext, unionTypes),
                        OperationKind.Switch,
                        OperationKind.SwitchExpression);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, UnionTypes unionTypes)
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
