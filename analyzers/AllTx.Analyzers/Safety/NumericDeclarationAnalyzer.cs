using System.Collections.Immutable;
using AllTx.Analyzers.Dosing;
using AllTx.Analyzers.Mrd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// The numeric-declaration rules in one walk over a compilation's fields, properties, parameters and locals (each
    /// visited once, not once per rule): ATX1001 (a number paired with a <c>Drug</c>), ATX1002 (a number named as a dose),
    /// ATX1005 (a number named as a radiation dose) and ATX2001 (a number named as an MRD value with no <c>MrdMethod</c> alongside). A dose-named number paired with a
    /// <c>Drug</c> is reported as ATX1001 only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NumericDeclarationAnalyzer : SdkSafetyAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.DrugDoseWithoutUnit, DiagnosticDescriptors.DoseNamedNumber, DiagnosticDescriptors.RadiationDoseNamedNumber,
            DiagnosticDescriptors.MrdValueWithoutMethod);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            var pairing = new DrugPairing();
            NumericDeclarationWalk.Register(
                start,
                new DrugDoseDeclarationRule(symbols, pairing),
                new DoseNameRule(symbols, pairing),
                new RadiationDoseNameRule(symbols),
                new MrdNameRule(symbols));
        }
    }
}
