namespace AllTx.Domain
{
    /// <summary>The public labels, consensus papers and trial publications behind the clinical rules of issue #16.</summary>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// TECARTUS (brexucabtagene autoleucel) US Prescribing Information, Kite Pharma, section 2.1 (adult B-ALL: 1 × 10⁶
        /// CAR-positive viable T cells/kg, maximum 1 × 10⁸); DailyMed / openFDA SPL set id a16108c2-7ca7-45af-965e-54bda4713022.
        /// </summary>
        public static SourceReference TecartusLabel { get; } = new(
            "TECARTUS (brexucabtagene autoleucel) suspension for intravenous infusion, US Prescribing Information, Kite Pharma, section 2.1 Recommended Dosage (adult relapsed or refractory B-cell precursor ALL: 1 x 10^6 CAR-positive viable T cells per kg body weight, maximum 1 x 10^8 CAR-positive viable T cells); SPL set id a16108c2-7ca7-45af-965e-54bda4713022");
    }
}
