using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Safety
{
    /// <summary>Small operation-tree helpers shared by the safety analyzers.</summary>
    internal static class OperationPaths
    {
        /// <summary><paramref name="operation"/> without the conversions (implicit or cast) around it.</summary>
        internal static IOperation WithoutConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>
        /// The reference to property <paramref name="name"/> of a <paramref name="owner"/> instance that
        /// <paramref name="operation"/> reads, through conversions; null for anything else.
        /// </summary>
        internal static IPropertyReferenceOperation? PropertyOf(IOperation operation, string name, INamedTypeSymbol? owner)
        {
            IOperation value = WithoutConversions(operation);
            return value is IPropertyReferenceOperation { Instance: { } } property && property.Property.Name == name && SdkSymbols.Is(property.Property.ContainingType, owner)
                ? property
                : null;
        }

        /// <summary>The receiver of a property read, or of a <c>?.</c> access: what <c>x</c> is in <c>x.P</c> and <c>x?.P</c>.</summary>
        internal static IOperation? Receiver(IPropertyReferenceOperation property) =>
            property.Instance is IConditionalAccessInstanceOperation && property.Parent?.Parent is IConditionalAccessOperation access
                ? access.Operation
                : property.Instance;

        /// <summary>True when both operations are written the same way (the same variable, field or expression).</summary>
        internal static bool SameSyntax(IOperation? left, IOperation? right) =>
            left is not null && right is not null && left.Syntax.IsEquivalentTo(right.Syntax, topLevel: false);
    }
}
