namespace AllTx.Domain
{
    /// <summary>Catalogue entries: consensus grading and reporting standards (toxicity, GvHD, adverse events, performance status, MRD).</summary>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading for cytokine release syndrome and neurologic
        /// toxicity associated with immune effector cells. Biol Blood Marrow Transplant 2019;25(4):625–638.
        /// doi:10.1016/j.bbmt.2018.12.758. PMID 30592986.
        /// </summary>
        public static SourceReference AstctCrsIcansGrading2019 { get; } = new(
            "Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading for cytokine release syndrome and neurologic toxicity associated with immune effector cells. Biol Blood Marrow Transplant 2019;25(4):625-638. doi:10.1016/j.bbmt.2018.12.758. PMID 30592986");

        /// <summary>
        /// Harris AC, Young R, Devine S, et al. International, multicenter standardization of acute graft-versus-host
        /// disease clinical data collection: a report from the Mount Sinai Acute GVHD International Consortium (MAGIC).
        /// Biol Blood Marrow Transplant 2016;22(1):4–10.
        /// </summary>
        public static SourceReference MagicAcuteGvhd2016 { get; } = new(
            "Harris AC, Young R, Devine S, et al. International, multicenter standardization of acute graft-versus-host disease clinical data collection: a report from the Mount Sinai Acute GVHD International Consortium. Biol Blood Marrow Transplant 2016;22(1):4-10");

        /// <summary>
        /// Jagasia MH, Greinix HT, Arora M, et al. National Institutes of Health consensus development project on criteria
        /// for clinical trials in chronic graft-versus-host disease: I. The 2014 Diagnosis and Staging Working Group
        /// report. Biol Blood Marrow Transplant 2015;21(3):389–401. PMCID PMC4329079.
        /// </summary>
        public static SourceReference NihChronicGvhd2014 { get; } = new(
            "Jagasia MH, Greinix HT, Arora M, et al. National Institutes of Health consensus development project on criteria for clinical trials in chronic graft-versus-host disease: I. The 2014 Diagnosis and Staging Working Group report. Biol Blood Marrow Transplant 2015;21(3):389-401. PMCID PMC4329079");

        /// <summary>
        /// U.S. Department of Health and Human Services, National Institutes of Health, National Cancer Institute. Common
        /// Terminology Criteria for Adverse Events (CTCAE) version 5.0, published 27 November 2017.
        /// </summary>
        public static SourceReference Ctcae5 { get; } = new(
            "U.S. Department of Health and Human Services, National Institutes of Health, National Cancer Institute. Common Terminology Criteria for Adverse Events (CTCAE) version 5.0. Published 27 November 2017. https://ctep.cancer.gov/protocoldevelopment/electronic_applications/ctc.htm");

        /// <summary>
        /// Oken MM, Creech RH, Tormey DC, et al. Toxicity and response criteria of the Eastern Cooperative Oncology Group.
        /// Am J Clin Oncol 1982;5(6):649–655 (the ECOG performance status scale, 0–5).
        /// </summary>
        public static SourceReference EcogPerformanceStatus1982 { get; } = new(
            "Oken MM, Creech RH, Tormey DC, et al. Toxicity and response criteria of the Eastern Cooperative Oncology Group. Am J Clin Oncol 1982;5(6):649-655");

        /// <summary>
        /// American Society of Hematology Education Program 2021: MRD in ALL, Table 1 "Prerequisites for MRD testing as a
        /// basis for treatment decisions" — reporting the MRD level, the sensitivity of a negative result and
        /// non-quantifiable positivity (PNQ); MRD-negative complete remission needs a sensitivity of at least 0.01 %
        /// (1e-4); an MRD-negative result with a lower sensitivity is "MRD-negative with insufficient sensitivity".
        /// Hematology Am Soc Hematol Educ Program 2021;2021(1):718–725. doi:10.1182/hematology.2021000224 (PMCID PMC8824253).
        /// </summary>
        public static SourceReference MrdReportingInAll2021 { get; } = new(
            "Hematology Am Soc Hematol Educ Program 2021;2021(1):718-725, Table 1: prerequisites for MRD testing as a basis for treatment decisions (MRD level, sensitivity of a negative result, PNQ; MRD CR = MRD-negative with a minimum sensitivity of 0.01 %). doi:10.1182/hematology.2021000224. PMCID PMC8824253");
    }
}
