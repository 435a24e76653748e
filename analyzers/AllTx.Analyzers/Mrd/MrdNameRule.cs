using System.Collections.Generic;
using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Mrd
{
    /// <summary>
    /// ATX2001 on declarations: a numeric field, property, parameter or local with an MRD word anywhere in its name
    /// (<c>mrd</c>, <c>residual_disease</c>; configured with <c>alltx.mrd_name_patterns</c>) — <c>lastMrd</c>,
    /// <c>mrdLevel</c>, <c>mrdLog10</c>, <c>measurableResidualDisease</c> — in a type or signature with no <c>MrdMethod</c>
    /// alongside, unless its words say it is no MRD value (a count, time or code: <see cref="AmountNames"/>; an assay's
    /// sensitivity, threshold or limit). <c>MrdResult.Create</c> calls are checked by <see cref="MrdValueWithoutMethodAnalyzer"/>.
    /// </summary>
    internal sealed class MrdNameRule : NamedNumberRule
    {
        /// <summary>The .editorconfig key listing the MRD name patterns.</summary>
        internal const string PatternsKey = "alltx.mrd_name_patterns";

        /// <summary>The default MRD words (documented in docs/rules/ATX2001.md).</summary>
        internal const string DefaultPatterns = "mrd, residual_disease";

        // What an assay can detect or a protocol compares with, not a patient's MRD value: mrdSensitivity, mrdThreshold.
        private static readonly HashSet<string> NotValueWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "sensitivity", "threshold", "cutoff", "limit", "lod", "loq",
        };

        private readonly SdkSymbols _symbols;

        internal MrdNameRule(SdkSymbols symbols)
            : base(PatternsKey, DefaultPatterns)
        {
            _symbols = symbols;
        }

        internal override bool AcceptsSymbol(ISymbol symbol) =>
            _symbols is { MrdMethod: { } method, MrdResult: not null }
            && !HasMethodAlongside(symbol, method);

        internal override Diagnostic Diagnose(NumericDeclaration declaration) => Diagnostic.Create(
            DiagnosticDescriptors.MrdValueWithoutMethod,
            declaration.TypeSyntax.GetLocation(),
            declaration.HasInitializer || declaration.TypeSyntax.IsVar ? null : ReplacementTypes.MrdResult,
            $"'{declaration.Name}' holds an MRD value as a unitless number with no MrdMethod alongside; keep it in an MrdResult, which always has its assay method");

        private protected override bool AcceptsWords(NameMatch match)
        {
            if (AmountNames.IsNotAnAmount(match.Words))
            {
                return false;
            }

            for (int i = 0; i < match.Words.Count; i++)
            {
                if (NotValueWords.Contains(match.Words[i]) || (match.Words[i] == "at" && i < match.Subject))
                {
                    return false;
                }
            }

            return true;
        }

        // An MrdMethod next to the value: a sibling parameter, or a field or property of the containing type.
        private static bool HasMethodAlongside(ISymbol value, INamedTypeSymbol method)
        {
            if (value.ContainingSymbol is IMethodSymbol signature)
            {
                foreach (IParameterSymbol parameter in signature.Parameters)
                {
                    if (SdkSymbols.Is(SdkSymbols.WithoutNullable(parameter.Type), method))
                    {
                        return true;
                    }
                }
            }

            foreach (ISymbol member in value.ContainingType?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
            {
                ITypeSymbol? type = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (SdkSymbols.Is(SdkSymbols.WithoutNullable(type), method))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
