using System.Collections.Generic;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// Whether a declaration sits among radiation therapy: the name of its type (or an enclosing type), of a field or
    /// property of that type, of its method or of a parameter of that method says Gy, fractions, TBI, radiation, beam…
    /// (<c>TbiPlan</c>, <c>NumberOfFractions</c>, <c>GrayPerFraction</c>). Decides what a name that fits drug and
    /// radiation alike (<see cref="DoseNameKind.Contextual"/>) is; asked only for such names.
    /// </summary>
    internal static class RadiationContext
    {
        // "fraction" alone is left out: a blast or MRD fraction beside a drug dose says nothing about radiation.
        private static readonly HashSet<string> ContextWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "gy", "gray", "cgy", "centigray", "fractions", "fractionated", "fx", "tbi", "tmi", "tli", "tmli", "radiation",
            "radiotherapy", "irradiation", "xrt", "beam", "beams", "dvh", "isodose", "eqd",
        };

        /// <summary>True when the surroundings of <paramref name="symbol"/> say radiation therapy.</summary>
        internal static bool Surrounds(ISymbol symbol)
        {
            if (symbol.ContainingSymbol is IMethodSymbol method)
            {
                if (Says(method.Name))
                {
                    return true;
                }

                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    if (Says(parameter.Name))
                    {
                        return true;
                    }
                }
            }

            for (INamedTypeSymbol? type = symbol.ContainingType; type is not null; type = type.ContainingType)
            {
                if (Says(type.Name))
                {
                    return true;
                }

                foreach (string member in type.MemberNames)
                {
                    if (Says(member))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Says(string name)
        {
            foreach (string word in IdentifierWords.Split(name))
            {
                if (ContextWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
