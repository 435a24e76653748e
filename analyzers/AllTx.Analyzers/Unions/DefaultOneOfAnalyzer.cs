using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Unions
{
    /// <summary>ATX4004: <c>default</c>, <c>default(OneOf&lt;…&gt;)</c> or <c>new OneOf&lt;…&gt;()</c>: a OneOf holding no case.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DefaultOneOfAnalyzer : UnionOperationAnalyzer
    {
        /// <summary>Creates the analyzer.</summary>
        public DefaultOneOfAnalyzer()
            : base(DiagnosticDescriptors.DefaultOneOf, OperationKind.DefaultValue, OperationKind.ObjectCreation)
        {
        }

        private protected override void Analyze(OperationAnalysisContext context, UnionTypes unionTypes)
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
