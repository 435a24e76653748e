using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Safety
{
    /// <summary>Reads of the raw <c>Amount</c> of the SDK's types that carry a unit: Dose, Quantity and LabValue.</summary>
    internal static class UnitAmounts
    {
        /// <summary>The <c>Amount</c> read of a Dose, Quantity or LabValue that <paramref name="operand"/> is, else null.</summary>
        internal static IPropertyReferenceOperation? AmountOf(IOperation operand, SdkSymbols symbols) =>
            OperationPaths.PropertyOf(operand, "Amount", symbols.Dose)
            ?? OperationPaths.PropertyOf(operand, "Amount", symbols.Quantity)
            ?? OperationPaths.PropertyOf(operand, "Amount", symbols.LabValue);

        /// <summary>True inside Dose, Quantity and LabValue, whose own code implements unit conversion on raw amounts.</summary>
        internal static bool IsInsideUnitType(ISymbol containingSymbol, SdkSymbols symbols)
        {
            INamedTypeSymbol? type = containingSymbol as INamedTypeSymbol ?? containingSymbol.ContainingType;
            return SdkSymbols.Is(type, symbols.Dose) || SdkSymbols.Is(type, symbols.Quantity) || SdkSymbols.Is(type, symbols.LabValue);
        }
    }
}
