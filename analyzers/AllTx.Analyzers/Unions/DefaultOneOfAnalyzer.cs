using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Unions
{
    /// <summary>ATX4004: <c>default</c>, <c>default(OneOf&lt;…&gt;)</c> or <c>new OneOf&lt;…&gt;()</c>: a OneOf holding no case.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DefaultOneOfAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.DefaultOneOf);

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
                        OperationKind.DefaultValue,
                        OperationKind.ObjectCreation);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, UnionTypes unionTypes)
        {
            IOperation operation = context.Operation;
            bool holdsNoCase = operation switch
            {
                IDefaultValueOperation => true,
                IObjectCreationOperation creation => creation.Constructor is { Parameters.Length: 0 },
                _ => false,
            };
            if (!holdsNoCase || !unionTypes.IsOneOf(operation.Type))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DefaultOneOf,
                operation.Syntax.GetLocation(),
                operation.Syntax.ToString(),
                operation.Type!.ToMinimalDisplayString(operation.SemanticModel!, operation.Syntax.SpanStart)));
        }
    }
}
