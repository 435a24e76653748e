using System;
using System.Collections.Immutable;
using System.Globalization;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.LabResults
{
    /// <summary>
    /// ATX2004: the raw amount of a value that carries a unit — a <c>LabValue</c>, <c>Quantity</c> or <c>Dose</c> —
    /// compared with a numeric constant that has none: <c>creatinine.Amount &lt;= 1.6</c>. Comparing with 0 is fine (zero is
    /// zero in every unit), and so is the SDK's own code inside those types.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LabValueComparedWithBareNumberAnalyzer : SdkSafetyAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LabValueComparedWithBareNumber);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Binary);
        }

        private static void Analyze(OperationAnalysisContext context, SdkSymbols symbols)
        {
            var binary = (IBinaryOperation)context.Operation;
            if (binary.OperatorKind is not (BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
                or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
            {
                return;
            }

            IPropertyReferenceOperation? amount = UnitAmounts.AmountOf(binary.LeftOperand, symbols);
            IOperation threshold = binary.RightOperand;
            if (amount is null)
            {
                amount = UnitAmounts.AmountOf(binary.RightOperand, symbols);
                threshold = binary.LeftOperand;
            }

            if (amount is null || !IsNonZeroNumber(threshold.ConstantValue) || UnitAmounts.IsInsideUnitType(context.ContainingSymbol, symbols))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.LabValueComparedWithBareNumber,
                binary.Syntax.GetLocation(),
                binary.Syntax.ToString(),
                amount.Property.ContainingType.Name,
                OperationPaths.WithoutConversions(threshold).Syntax.ToString()));
        }

        private static bool IsNonZeroNumber(Optional<object?> constant) => constant.HasValue && constant.Value switch
        {
            double number => number != 0d,
            float number => number != 0f,
            decimal number => number != 0m,
            int or long or short or byte or uint or ulong or ushort or sbyte => Convert.ToDecimal(constant.Value, CultureInfo.InvariantCulture) != 0m,
            _ => false,
        };
    }
}
