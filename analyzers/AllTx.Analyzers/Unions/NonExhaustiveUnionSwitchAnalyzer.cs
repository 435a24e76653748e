using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Unions
{
    /// <summary>ATX4001: a switch over a union (a [Union] type or <c>oneOf.Value</c>) that does not handle every case.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NonExhaustiveUnionSwitchAnalyzer : UnionOperationAnalyzer
    {
        /// <summary>Creates the analyzer.</summary>
        public NonExhaustiveUnionSwitchAnalyzer()
            : base(DiagnosticDescriptors.NonExhaustiveUnionSwitch, OperationKind.Switch, OperationKind.SwitchExpression)
        {
        }

        private protected override void Analyze(OperationAnalysisContext context, UnionTypes unionTypes)
        {
            UnionSwitchAnalysis? analysis = UnionSwitchAnalysis.Analyze(context.Operation, unionTypes);
            if (analysis is null || analysis.CatchAll is not null || analysis.MissingCases.IsEmpty)
            {
                return;
            }

            SyntaxNode syntax = context.Operation.Syntax;
            ImmutableArray<string> missing = UnionSwitchLocations.CaseNames(
                analysis.MissingCases,
                context.Operation.SemanticModel,
                syntax.SpanStart);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NonExhaustiveUnionSwitch,
                UnionSwitchLocations.SwitchKeyword(syntax),
                UnionSwitchLocations.MissingCasesProperties(missing),
                analysis.Subject.DisplayName,
                string.Join(", ", missing)));
        }
    }
}
