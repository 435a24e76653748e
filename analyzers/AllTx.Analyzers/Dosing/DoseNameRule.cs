using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// ATX1002: a numeric field, property, parameter or local whose name says it holds a dose (<c>dose</c>,
    /// <c>maxDose</c>, <c>dosage</c>, <c>doseMg</c>…), in a compilation that references AllTx.Domain. The names are globs
    /// configured with <c>alltx.dose_name_patterns</c> in .editorconfig. A number paired with a <c>Drug</c> is ATX1001's
    /// (<see cref="DrugDoseDeclarationRule"/>) and is not reported twice.
    /// </summary>
    internal sealed class DoseNameRule : NamedNumberRule
    {
        /// <summary>The .editorconfig key listing the dose name patterns.</summary>
        internal const string PatternsKey = "alltx.dose_name_patterns";

        /// <summary>The default dose name patterns (documented in docs/rules/ATX1002.md).</summary>
        internal const string DefaultPatterns = "*dose, *dosage, *dosemg*, *doseug*, *dosemcg*, *dosein*, *doseper*";

        private readonly SdkSymbols _symbols;
        private readonly DrugPairing _pairing;

        internal DoseNameRule(SdkSymbols symbols, DrugPairing pairing)
            : base(PatternsKey, DefaultPatterns)
        {
            _symbols = symbols;
            _pairing = pairing;
        }

        internal override bool AcceptsSymbol(ISymbol symbol) =>
            _symbols.Drug is { } drug
            && !AmountNames.IsNotAnAmount(symbol.Name)
            && (symbol is ILocalSymbol || !_pairing.PairsWithDrug(symbol, drug));

        internal override Diagnostic Diagnose(NumericDeclaration declaration) => Diagnostic.Create(
            DiagnosticDescriptors.DoseNamedNumber,
            declaration.TypeSyntax.GetLocation(),
            declaration.HasInitializer || declaration.TypeSyntax.IsVar ? null : ReplacementTypes.Dose,
            declaration.Name,
            declaration.Symbol is ILocalSymbol local ? local.Type.ToDisplayString() : declaration.TypeSyntax.ToString());
    }
}
