using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// ATX1002: a numeric field, property, parameter or local whose name has a dose word (<c>dose</c>, <c>dosage</c>;
    /// configured with <c>alltx.dose_name_patterns</c> in .editorconfig) anywhere in it — <c>maxDose</c>, <c>doseMg</c>,
    /// <c>dose_ug_per_kg</c> — in a compilation that references AllTx.Domain, unless its words say it is no drug dose
    /// (<see cref="DoseNameWords"/>: a count, a ratio, a quantity at a dose, a radiation dose, which is ATX1005's). A number
    /// paired with a <c>Drug</c> is ATX1001's (<see cref="DrugDoseDeclarationRule"/>) and is not reported twice.
    /// </summary>
    internal sealed class DoseNameRule : NamedNumberRule
    {
        /// <summary>The .editorconfig key listing the dose words and name patterns (shared with ATX1005).</summary>
        internal const string PatternsKey = "alltx.dose_name_patterns";

        /// <summary>The default dose words (documented in docs/rules/ATX1002.md).</summary>
        internal const string DefaultPatterns = "dose, dosage";

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
            && (symbol is ILocalSymbol || !_pairing.PairsWithDrug(symbol, drug))
            && !(DoseNameWords.IsShared(DoseNameWords.WordsOf(symbol.Name)) && RadiationContext.Surrounds(symbol));

        internal override Diagnostic Diagnose(NumericDeclaration declaration) =>
            declaration.NamedAs(DiagnosticDescriptors.DoseNamedNumber, ReplacementTypes.Dose);

        private protected override bool AcceptsWords(NameMatch match) =>
            DoseNameWords.Classify(match) is DoseNameKind.Drug or DoseNameKind.Contextual;
    }
}
