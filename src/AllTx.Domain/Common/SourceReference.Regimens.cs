namespace AllTx.Domain
{
    /// <content>The public sources of the regimen, indication and toxicity catalogues (issue #17).</content>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// Liu D, Zhao J, Song Y, Luo X, Yang T. Clinical trial update on bispecific antibodies, antibody-drug conjugates,
        /// and antibody-containing regimens for acute lymphoblastic leukemia. J Hematol Oncol 2019;12:15, Table 1 (the
        /// BLINCYTO label's dosing table by indication and cycle). doi:10.1186/s13045-019-0703-z, PMID 30736842.
        /// </summary>
        public static SourceReference BlinatumomabLabelDosingTable { get; } = new(
            "Liu D, Zhao J, Song Y, Luo X, Yang T. Clinical trial update on bispecific antibodies, antibody-drug conjugates, and antibody-containing regimens for acute lymphoblastic leukemia. J Hematol Oncol 2019;12:15, Table 1 (BLINCYTO dosing by indication and cycle). doi:10.1186/s13045-019-0703-z. PMID 30736842");

        /// <summary>
        /// AUCATZYL (obecabtagene autoleucel) US prescribing information, Autolus Inc., initial US approval 8 November 2024:
        /// adults with relapsed or refractory B-cell precursor ALL; total dose 410 × 10⁶ CD19 CAR-positive viable T cells as a
        /// split dose on day 1 and day 10 (± 2 days), the split set by the bone-marrow blast percentage.
        /// </summary>
        public static SourceReference ObecabtageneAutoleucelLabel { get; } = new(
            "AUCATZYL (obecabtagene autoleucel) US prescribing information, Autolus Inc., initial US approval 8 November 2024, DailyMed setid 4fef6986-b988-45e4-8c20-b14f0ef1f538: section 1 Indications and Usage; section 2.1 Dose (410 x 10^6 CD19 CAR-positive viable T cells, split dose on Day 1 and Day 10 +/- 2 days by bone-marrow blast percentage)");

        /// <summary>
        /// Traube C, Silver G, Kearney J, et al. Cornell Assessment of Pediatric Delirium: a valid, rapid, observational tool
        /// for screening delirium in the PICU. Crit Care Med 2014;42(3):656–663 (eight items scored 0–4; ≥ 9 screens positive).
        /// Cited without its DOI, which was not verified.
        /// </summary>
        public static SourceReference CornellAssessmentOfPediatricDelirium { get; } = new(
            "Traube C, Silver G, Kearney J, et al. Cornell Assessment of Pediatric Delirium: a valid, rapid, observational tool for screening delirium in the PICU. Crit Care Med 2014;42(3):656-663");

        /// <summary>
        /// Mohty M, Malard F, Abecassis M, et al. Revised diagnosis and severity criteria for sinusoidal obstruction
        /// syndrome/veno-occlusive disease in adult patients: a new classification from the European Society for Blood and
        /// Marrow Transplantation. Bone Marrow Transplant 2016;51(7):906–912. Cited without its DOI, which was not verified.
        /// </summary>
        public static SourceReference EbmtAdultSosVodCriteria2016 { get; } = new(
            "Mohty M, Malard F, Abecassis M, et al. Revised diagnosis and severity criteria for sinusoidal obstruction syndrome/veno-occlusive disease in adult patients: a new classification from the European Society for Blood and Marrow Transplantation. Bone Marrow Transplant 2016;51(7):906-912");

        /// <summary>
        /// Jones RJ, Lee KS, Beschorner WE, et al. Venoocclusive disease of the liver following bone marrow transplantation.
        /// Transplantation 1987;44(6):778–783 (the Baltimore criteria), as restated for classical SOS/VOD by
        /// <see cref="EbmtAdultSosVodCriteria2016"/>. Cited without an identifier, which was not verified.
        /// </summary>
        public static SourceReference BaltimoreSosVodCriteria { get; } = new(
            "Jones RJ, Lee KS, Beschorner WE, et al. Venoocclusive disease of the liver following bone marrow transplantation. Transplantation 1987;44(6):778-783 (Baltimore criteria), as restated in Mohty M, et al. Bone Marrow Transplant 2016;51(7):906-912");

        /// <summary>
        /// Corbacioglu S, Carreras E, Ansari M, et al. Diagnosis and severity criteria for sinusoidal obstruction
        /// syndrome/veno-occlusive disease in pediatric patients: a new classification from the European Society for Blood
        /// and Marrow Transplantation. Bone Marrow Transplant 2018;53:138–145. Cited without its DOI, which was not verified.
        /// </summary>
        public static SourceReference EbmtPaediatricSosVodCriteria2018 { get; } = new(
            "Corbacioglu S, Carreras E, Ansari M, et al. Diagnosis and severity criteria for sinusoidal obstruction syndrome/veno-occlusive disease in pediatric patients: a new classification from the European Society for Blood and Marrow Transplantation. Bone Marrow Transplant 2018;53:138-145");
    }
}
