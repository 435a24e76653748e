using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// ATX1005: a numeric field, property, parameter or local named as a radiation dose — a dose word with a radiation word
    /// (<c>tbiDose</c>, <c>dosePerFraction</c>, <c>doseGy</c>), or a dose word with only words a drug dose shares
    /// (<c>prescriptionDose</c>, <c>totalDose</c>) among radiation therapy (<see cref="RadiationContext"/>) — in a
    /// compilation whose AllTx.Domain has <c>RadiationDose</c>. The dose words are ATX1002's (<see cref="DoseNameRule.PatternsKey"/>);
    /// what is no dose at all (<c>percentOfPrescribedDose</c>, <c>volumeAtDose</c>, <c>eqd2Dose</c>) is not reported.
    /// </summary>
    internal sealed class RadiationDoseNameRule : NamedNumberRule
    {
        private readonly SdkSymbols _symbols;

        internal RadiationDoseNameRule(SdkSymbols symbols)
            : base(DoseNameRule.PatternsKey, DoseNameRule.DefaultPatterns)
        {
            _symbols = symbols;
        }

        internal override bool AcceptsSymbol(ISymbol symbol) =>
            _symbols.RadiationDose is not null
            && (!DoseNameWords.IsShared(DoseNameWords.WordsOf(symbol.Name)) || RadiationContext.Surrounds(symbol));

        internal override Diagnostic Diagnose(NumericDeclaration declaration) =>
            declaration.NamedAs(DiagnosticDescriptors.RadiationDoseNamedNumber, ReplacementTypes.RadiationDose);

        private protected override bool AcceptsWords(NameMatch match) =>
            DoseNameWords.Classify(match) is DoseNameKind.Radiation or DoseNameKind.Contextual;
    }
}
