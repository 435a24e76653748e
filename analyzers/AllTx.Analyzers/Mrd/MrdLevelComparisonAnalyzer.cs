using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Mrd
{
    /// <summary>
    /// ATX2002: the levels of two MRD results compared — <c>a.Level?.Value &lt; b.Level?.Value</c>,
    /// <c>a.Level!.Value.CompareTo(b.Level!.Value)</c>, <c>a.Level.Value.IsAtOrAbove(b.Level.Value)</c> — where the code has
    /// not checked first that both results come from the same assay method (<c>a.Method == b.Method</c> in an enclosing
    /// condition or an earlier <c>if (a.Method != b.Method) return …</c>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MrdLevelComparisonAnalyzer : SdkSafetyAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MrdLevelsOfDifferentMethods);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            start.RegisterOperationAction(
                c =>
                {
                    var binary = (IBinaryOperation)c.Operation;
                    if (symbols.MrdResult is { } result && binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
                        or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
                        or BinaryOperatorKind.Subtract or BinaryOperatorKind.Divide)
                    {
                        Analyze(c, result, binary, binary.LeftOperand, binary.RightOperand);
                    }
                },
                OperationKind.Binary);
            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (symbols.MrdResult is { } result && invocation.TargetMethod.Name is "CompareTo" or "IsAtOrAbove" or "Equals"
                        && invocation.Instance is { } instance && invocation.Arguments.Length == 1)
                    {
                        Analyze(c, result, invocation, instance, invocation.Arguments[0].Value);
                    }
                },
                OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol result, IOperation operation, IOperation leftOperand, IOperation rightOperand)
        {
            IOperation? left = ResultOfLevel(leftOperand, result);
            IOperation? right = ResultOfLevel(rightOperand, result);
            if (left is null || right is null || OperationPaths.SameSyntax(left, right) || SamePropertyGuard.Holds(operation, left, right, "Method"))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MrdLevelsOfDifferentMethods,
                operation.Syntax.GetLocation(),
                operation.Syntax.ToString(),
                left.Syntax.ToString(),
                right.Syntax.ToString()));
        }

        // The MrdResult whose Level the operand reads, through .Value, ?., GetValueOrDefault() and conversions.
        private static IOperation? ResultOfLevel(IOperation operand, INamedTypeSymbol result)
        {
            IOperation value = OperationPaths.WithoutConversions(operand);
            while (true)
            {
                switch (value)
                {
                    case IPropertyReferenceOperation { Property.Name: "Level" } level when SdkSymbols.Is(level.Property.ContainingType, result):
                        return OperationPaths.Receiver(level);
                    case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance }:
                        value = OperationPaths.WithoutConversions(instance);
                        break;
                    case IInvocationOperation { TargetMethod.Name: "GetValueOrDefault", Instance: { } instance }:
                        value = OperationPaths.WithoutConversions(instance);
                        break;
                    case IConditionalAccessOperation access:
                        value = OperationPaths.WithoutConversions(access.Operation);
                        break;
                    default:
                        return null;
                }
            }
        }
    }
}
