using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// ATX1004: <c>a.Amount &gt; b.Amount</c>, <c>a.Amount + b.Amount</c>, <c>a.Amount == b.Amount</c> or
    /// <c>a.Amount.CompareTo(b.Amount)</c> where both are amounts of a <c>Dose</c>, <c>Quantity</c> or <c>LabValue</c>:
    /// the numbers may be in different units. Not reported when the units were checked to be the same first
    /// (<c>a.Unit == b.Unit &amp;&amp; …</c>, or an earlier <c>if (a.Unit != b.Unit) throw …</c>), when one side was
    /// converted (<c>b.ConvertTo(a.Unit).Amount</c>), or inside those types themselves, which implement the conversions.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RawAmountArithmeticAnalyzer : SdkSafetyAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RawAmountArithmetic);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            start.RegisterOperationAction(
                c =>
                {
                    var binary = (IBinaryOperation)c.Operation;
                    if (binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.LessThan
                        or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
                        or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
                    {
                        Analyze(c, symbols, binary, binary.LeftOperand, binary.RightOperand);
                    }
                },
                OperationKind.Binary);
            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (invocation.TargetMethod.Name == "CompareTo" && invocation.Instance is { } instance && invocation.Arguments.Length == 1)
                    {
                        Analyze(c, symbols, invocation, instance, invocation.Arguments[0].Value);
                    }
                },
                OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, SdkSymbols symbols, IOperation operation, IOperation leftOperand, IOperation rightOperand)
        {
            if (UnitAmounts.AmountOf(leftOperand, symbols) is not { } left || UnitAmounts.AmountOf(rightOperand, symbols) is not { } right)
            {
                return;
            }

            IOperation? leftValue = OperationPaths.Receiver(left);
            IOperation? rightValue = OperationPaths.Receiver(right);
            if (leftValue is null || rightValue is null || OperationPaths.SameSyntax(leftValue, rightValue)
                || IsConverted(leftValue) || IsConverted(rightValue)
                || UnitAmounts.IsInsideUnitType(context.ContainingSymbol, symbols)
                || SamePropertyGuard.Holds(operation, leftValue, rightValue, "Unit"))
            {
                return;
            }

            string leftType = left.Property.ContainingType.Name;
            string rightType = right.Property.ContainingType.Name;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.RawAmountArithmetic,
                operation.Syntax.GetLocation(),
                operation.Syntax.ToString(),
                leftType == rightType ? leftType : leftType + " and " + rightType));
        }

        private static bool IsConverted(IOperation value) =>
            OperationPaths.WithoutConversions(value) is IInvocationOperation { TargetMethod.Name: "ConvertTo" };
    }
}
