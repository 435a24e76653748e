using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Mrd
{
    /// <summary>
    /// ATX2001 on declarations: a numeric field, property, parameter or local named as an MRD value (<c>mrd</c>,
    /// <c>lastMrd</c>, <c>mrdLevel</c>, <c>residualDisease</c>…; globs configured with <c>alltx.mrd_name_patterns</c>) in a
    /// type or signature with no <c>MrdMethod</c> alongside. <c>MrdResult.Create</c> calls are checked by
    /// <see cref="MrdValueWithoutMethodAnalyzer"/>.
    /// </summary>
    internal sealed class MrdNameRule : NamedNumberRule
    {
        /// <summary>The .editorconfig key listing the MRD name patterns.</summary>
        internal const string PatternsKey = "alltx.mrd_name_patterns";

        /// <summary>The default MRD name patterns (documented in docs/rules/ATX2001.md).</summary>
        internal const string DefaultPatterns = "*mrd, *mrdlevel*, *mrdvalue*, *mrdpercent*, *mrdfraction*, *residualdisease*";

        private readonly SdkSymbols _symbols;

        internal MrdNameRule(SdkSymbols symbols)
            : base(PatternsKey, DefaultPatterns)
        {
            _symbols = symbols;
        }

        internal override bool AcceptsSymbol(ISymbol symbol) =>
            _symbols is { MrdMethod: { } method, MrdResult: not null }
            && !AmountNames.IsNotAnAmount(symbol.Name)
            && !HasMethodAlongside(symbol, method);

        internal override Diagnostic Diagnose(NumericDeclaration declaration) => Diagnostic.Create(
            DiagnosticDescriptors.MrdValueWithoutMethod,
            declaration.TypeSyntax.GetLocation(),
            declaration.HasInitializer || declaration.TypeSyntax.IsVar ? null : ReplacementTypes.MrdResult,
            $"'{declaration.Name}' holds an MRD value as a unitless number with no MrdMethod alongside; keep it in an MrdResult, which always has its assay method");

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
