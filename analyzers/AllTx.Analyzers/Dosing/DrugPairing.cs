using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using AllTx.Analyzers.Safety;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// Whether a numeric declaration sits next to a <c>Drug</c>: in the same type (fields, properties) or signature
    /// (parameters). One instance per compilation: whether a type has a <c>Drug</c> field or property is decided once per
    /// type, not again for each of its numeric members.
    /// </summary>
    internal sealed class DrugPairing
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _typesWithDrug =
            new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>True when a parameter's signature, or a field's or property's type, has a <c>Drug</c>; false for locals.</summary>
        [MethodImpl(HotPath.AggressiveOptimization)]
        internal bool PairsWithDrug(ISymbol declared, INamedTypeSymbol drug)
        {
            if (declared is IParameterSymbol { ContainingSymbol: IMethodSymbol method })
            {
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    if (SdkSymbols.Is(parameter.Type, drug))
                    {
                        return true;
                    }
                }

                return false;
            }

            return declared is IFieldSymbol or IPropertySymbol && HasDrugMember(declared.ContainingType, drug);
        }

        [MethodImpl(HotPath.AggressiveOptimization)]
        private bool HasDrugMember(INamedTypeSymbol type, INamedTypeSymbol drug)
        {
            if (_typesWithDrug.TryGetValue(type, out bool known))
            {
                return known;
            }

            bool found = false;
            foreach (ISymbol member in type.GetMembers())
            {
                ITypeSymbol? memberType = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (SdkSymbols.Is(memberType, drug))
                {
                    found = true;
                    break;
                }
            }

            _typesWithDrug.TryAdd(type, found);
            return found;
        }
    }
}
