namespace AllTx.Domain
{
    /// <summary>Catalogue entries: the US prescribing information of the approved CD19 CAR-T products for ALL.</summary>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// KYMRIAH (tisagenlecleucel) suspension for intravenous infusion: US prescribing information, Novartis
        /// Pharmaceuticals Corporation (revision listing major changes of 6/2025 and 12/2025). B-cell ALL in patients up
        /// to 25 years of age: ≤ 50 kg 0.2–5.0 × 10⁶ CAR-positive viable T cells/kg, &gt; 50 kg 0.1–2.5 × 10⁸ in total.
        /// </summary>
        public static SourceReference KymriahLabel { get; } = new(
            "KYMRIAH (tisagenlecleucel) suspension for intravenous infusion. US prescribing information, Novartis Pharmaceuticals Corporation. Revision with recent major changes dated 6/2025 and 12/2025. Sections 1.1 (B-cell ALL, patients up to 25 years of age) and 2 (Dosage and Administration)");

        /// <summary>
        /// TECARTUS (brexucabtagene autoleucel) suspension for intravenous infusion: US prescribing information, Kite
        /// Pharma, Inc. (DailyMed set id a16108c2-7ca7-45af-965e-54bda4713022). Adult relapsed or refractory B-cell
        /// precursor ALL: 1 × 10⁶ CAR-positive viable T cells/kg, maximum 1 × 10⁸ CAR-positive viable T cells (section 2.1).
        /// </summary>
        public static SourceReference TecartusLabel { get; } = new(
            "TECARTUS (brexucabtagene autoleucel) suspension for intravenous infusion. US prescribing information, Kite Pharma, Inc. DailyMed setid a16108c2-7ca7-45af-965e-54bda4713022. Section 2.1 Recommended Dosage (adult relapsed or refractory B-cell precursor ALL: 1 x 10^6 CAR-positive viable T cells per kg body weight, maximum 1 x 10^8 CAR-positive viable T cells)");
    }
}
