using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.CodeFixes.Safety
{
    /// <summary>The SDK types whose <c>Amount</c> carries a unit, as the fixes see them in a semantic model.</summary>
    internal enum UnitType
    {
        None,
        Dose,
        Quantity,
        LabValue,
    }

    /// <summary>Reads <c>x.Amount</c> of a Dose, Quantity or LabValue and writes the unit-aware operand that replaces it.</summary>
    internal static class UnitTypes
    {
        internal const string UnitsNamespace = "AllTx.Domain.Units";

        /// <summary>What <paramref name="expression"/> is when it is <c>x.Amount</c> of a unit type: x and its type.</summary>
        internal static (ExpressionSyntax Receiver, UnitType Type)? AmountRead(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            ExpressionSyntax inner = expression;
            while (inner is ParenthesizedExpressionSyntax or CastExpressionSyntax)
            {
                inner = inner is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((CastExpressionSyntax)inner).Expression;
            }

            if (inner is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } access
                || model.GetSymbolInfo(access, cancellationToken).Symbol is not IPropertySymbol property)
            {
                return null;
            }

            UnitType type = property.ContainingType.ToDisplayString() switch
            {
                "AllTx.Domain.Dosing.Dose" => UnitType.Dose,
                "AllTx.Domain.Units.Quantity" => UnitType.Quantity,
                "AllTx.Domain.Laboratory.LabValue" => UnitType.LabValue,
                _ => UnitType.None,
            };
            return type == UnitType.None ? null : (access.Expression.WithoutTrivia(), type);
        }

        /// <summary><paramref name="receiver"/> as a Quantity: itself, or its <c>.Quantity</c>.</summary>
        internal static ExpressionSyntax AsQuantity(ExpressionSyntax receiver, UnitType type) =>
            type == UnitType.Quantity
                ? receiver
                : SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("Quantity"));
    }
}
