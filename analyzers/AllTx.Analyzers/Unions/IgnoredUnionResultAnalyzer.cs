using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Unions
{
    /// <summary>ATX4003: a call whose union result is dropped (<c>Classify(x);</c>, <c>await ClassifyAsync(x);</c>).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IgnoredUnionResultAnalyzer : UnionOperationAnalyzer
    {
        /// <summary>Creates the analyzer.</summary>
        public IgnoredUnionResultAnalyzer()
            : base(DiagnosticDescriptors.IgnoredUnionResult, OperationKind.ExpressionStatement)
        {
        }

        private protected override void Analyze(OperationAnalysisContext context, UnionTypes unionTypes)
        {
            IOperation dropped = ((IExpressionStatementOperation)context.Operation).Operation;
            IOperation call = dropped is IAwaitOperation awaited ? awaited.Operation : dropped;
            if (call is not IInvocationOperation invocation || !unionTypes.IsUnion(dropped.Type))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.IgnoredUnionResult,
                dropped.Syntax.GetLocation(),
                dropped.Type!.ToMinimalDisplayString(context.Operation.SemanticModel!, dropped.Syntax.SpanStart),
                invocation.TargetMethod.Name));
        }
    }
}
