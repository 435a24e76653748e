using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Unions
{
    /// <summary>
    /// The set-up every union analyzer shares: concurrent, silent in generated code, resolves the union symbols once per
    /// compilation, and does nothing in a compilation that does not reference AllTx.Primitives.
    /// </summary>
    public abstract class UnionOperationAnalyzer : DiagnosticAnalyzer
    {
        private readonly ImmutableArray<OperationKind> _operationKinds;

        private protected UnionOperationAnalyzer(DiagnosticDescriptor descriptor, params OperationKind[] operationKinds)
        {
            SupportedDiagnostics = ImmutableArray.Create(descriptor);
            _operationKinds = operationKinds.ToImmutableArray();
        }

        /// <inheritdoc />
        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                UnionTypes? unionTypes = UnionTypes.Create(start.Compilation);
                if (unionTypes is not null)
                {
                    start.RegisterOperationAction(operationContext => Analyze(operationContext, unionTypes), _operationKinds);
                }
            });
        }

        private protected abstract void Analyze(OperationAnalysisContext context, UnionTypes unionTypes);
    }
}
