using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Unions
{
    /// <summary>ATX4003: a call whose union result is dropped (<c>Classify(x);</c>, <c>await ClassifyAsync(x);</c>).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IgnoredUnionResultAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.IgnoredUnionResult);

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
                        OperationKind.ExpressionStatement);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, UnionTypes unionTypes)
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
