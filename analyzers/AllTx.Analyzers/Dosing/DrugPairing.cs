using Microsoft.CodeAnalysis;
using AllTx.Analyzers.Safety;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>Whether a numeric declaration sits next to a <c>Drug</c>: in the same type (fields, properties) or signature (parameters).</summary>
    internal static class DrugPairing
    {
        internal static bool PairsWithDrug(NumericDeclaration declaration, INamedTypeSymbol drug)
        {
            foreach (IParameterSymbol parameter in declaration.SiblingParameters)
            {
                if (SdkSymbols.Is(parameter.Type, drug))
                {
                    return true;
                }
            }

            foreach (ISymbol member in declaration.SiblingMembers)
            {
                ITypeSymbol? type = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (SdkSymbols.Is(type, drug))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
