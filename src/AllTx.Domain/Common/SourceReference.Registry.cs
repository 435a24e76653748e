namespace AllTx.Domain
{
    /// <summary>The public sources of the registry and trial concepts (CIBMTR pre- and post-transplant forms, mCODE).</summary>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// Sorror ML, Maris MB, Storb R, et al. Hematopoietic cell transplantation (HCT)-specific comorbidity index: a new
        /// tool for risk assessment before allogeneic HCT. Blood 2005;106(8):2912–2919. doi:10.1182/blood-2005-05-2004.
        /// </summary>
        public static SourceReference HctComorbidityIndex { get; } = new(
            "Sorror ML, Maris MB, Storb R, et al. Hematopoietic cell transplantation (HCT)-specific comorbidity index: a new tool for risk assessment before allogeneic HCT. Blood 2005;106(8):2912-2919. doi:10.1182/blood-2005-05-2004");

        /// <summary>
        /// Armand P, et al. Validation and refinement of the Disease Risk Index for allogeneic stem cell
        /// transplantation. Blood 2014;123(23):3664–3671. doi:10.1182/blood-2014-01-552984.
        /// </summary>
        public static SourceReference RefinedDiseaseRiskIndex { get; } = new(
            "Armand P, et al. Validation and refinement of the Disease Risk Index for allogeneic stem cell transplantation. Blood 2014;123(23):3664-3671. doi:10.1182/blood-2014-01-552984");

        /// <summary>
        /// Karnofsky DA, Burchenal JH. The clinical evaluation of chemotherapeutic agents in cancer. In: MacLeod CM, ed.
        /// Evaluation of Chemotherapeutic Agents. New York: Columbia University Press; 1949:191–205 (a book chapter: no DOI or PMID).
        /// </summary>
        public static SourceReference KarnofskyPerformanceScale { get; } = new(
            "Karnofsky DA, Burchenal JH. The clinical evaluation of chemotherapeutic agents in cancer. In: MacLeod CM, ed. Evaluation of Chemotherapeutic Agents. New York: Columbia University Press; 1949:191-205");

        /// <summary>
        /// Lansky SB, et al. The measurement of performance in childhood cancer patients. Cancer
        /// 1987;60(7):1651–1656. doi:10.1002/1097-0142(19871001)60:7&lt;1651::aid-cncr2820600738&gt;3.0.co;2-j. PMID 3621134.
        /// </summary>
        public static SourceReference LanskyPlayPerformanceScale { get; } = new(
            "Lansky SB, et al. The measurement of performance in childhood cancer patients. Cancer 1987;60(7):1651-1656. doi:10.1002/1097-0142(19871001)60:7<1651::aid-cncr2820600738>3.0.co;2-j. PMID 3621134");

        /// <summary>
        /// Alaggio R, et al. The 5th edition of the World Health Organization Classification of
        /// Haematolymphoid Tumours: Lymphoid Neoplasms. Leukemia 2022;36(7):1720–1748. doi:10.1038/s41375-022-01620-2.
        /// </summary>
        public static SourceReference WhoLymphoidNeoplasms2022 { get; } = new(
            "Alaggio R, et al. The 5th edition of the World Health Organization Classification of Haematolymphoid Tumours: Lymphoid Neoplasms. Leukemia 2022;36(7):1720-1748. doi:10.1038/s41375-022-01620-2");

        /// <summary>
        /// Arber DA, et al. International Consensus Classification of Myeloid Neoplasms and Acute
        /// Leukemias: integrating morphologic, clinical, and genomic data. Blood 2022;140(11):1200–1228 (identifier not
        /// cited: not verified).
        /// </summary>
        public static SourceReference InternationalConsensusClassification2022 { get; } = new(
            "Arber DA, et al. International Consensus Classification of Myeloid Neoplasms and Acute Leukemias: integrating morphologic, clinical, and genomic data. Blood 2022;140(11):1200-1228");

        /// <summary>
        /// PDQ Pediatric Treatment Editorial Board. Childhood Acute Lymphoblastic Leukemia Treatment (PDQ®), Health
        /// Professional Version, National Cancer Institute: "CNS involvement at diagnosis" (CNS1, CNS2, CNS3 for a
        /// non-traumatic diagnostic lumbar puncture). (Online summary; its revision date is not recorded here.)
        /// </summary>
        public static SourceReference ChildhoodAllTreatmentPdq { get; } = new(
            "PDQ Pediatric Treatment Editorial Board. Childhood Acute Lymphoblastic Leukemia Treatment (PDQ), Health Professional Version. National Cancer Institute. Section: CNS involvement at diagnosis. https://www.cancer.gov/types/leukemia/hp/child-all-treatment-pdq");

        /// <summary>
        /// Nunes E, Heslop H, Fernandez-Vina M, et al. Definitions of histocompatibility typing terms. Blood
        /// 2011;118(23):e180–e183. doi:10.1182/blood-2011-05-353490. PMID 22001389.
        /// </summary>
        public static SourceReference HistocompatibilityTypingTerms { get; } = new(
            "Nunes E, Heslop H, Fernandez-Vina M, et al. Definitions of histocompatibility typing terms. Blood 2011;118(23):e180-e183. doi:10.1182/blood-2011-05-353490. PMID 22001389");

        /// <summary>
        /// Long-term follow-up of patients who experienced graft failure postallogeneic progenitor cell transplantation:
        /// results of a single institution analysis. Biol Blood Marrow Transplant 2008;14(8):859–866.
        /// doi:10.1016/j.bbmt.2008.05.005 (authors not verified, so not named).
        /// </summary>
        public static SourceReference GraftFailureDefinitions { get; } = new(
            "Long-term follow-up of patients who experienced graft failure postallogeneic progenitor cell transplantation: results of a single institution analysis. Biol Blood Marrow Transplant 2008;14(8):859-866. doi:10.1016/j.bbmt.2008.05.005");

        /// <summary>
        /// Olsson R, Remberger M, Schaffer M, et al. Graft failure in the modern era of allogeneic hematopoietic SCT. Bone
        /// Marrow Transplant 2013;48(4):537–543. doi:10.1038/bmt.2012.239.
        /// </summary>
        public static SourceReference GraftFailureModernEra { get; } = new(
            "Olsson R, Remberger M, Schaffer M, et al. Graft failure in the modern era of allogeneic hematopoietic SCT. Bone Marrow Transplant 2013;48(4):537-543. doi:10.1038/bmt.2012.239");

        /// <summary>
        /// CIBMTR Forms Instruction Manual: Recipient Death Data (Form 2900), "Cause of Death Codes" (online manual at
        /// cibmtr.org; its revision date is not recorded here).
        /// </summary>
        public static SourceReference CibmtrRecipientDeathData { get; } = new(
            "CIBMTR Forms Instruction Manual. Recipient Death Data (Form 2900): Cause of Death Codes. https://www.cibmtr.org/manuals/fim/1/en/topic/2900");

        /// <summary>
        /// Schmidt-Hieber M, Labopin M, Beelen D, et al. CMV serostatus still has an important prognostic impact in de novo
        /// acute leukemia patients after allogeneic stem cell transplantation: a report from the Acute Leukemia Working
        /// Party of EBMT. Blood 2013;122(19):3359–3364 (identifier not cited: not verified).
        /// </summary>
        public static SourceReference CmvSerostatusAcuteLeukaemia { get; } = new(
            "Schmidt-Hieber M, Labopin M, Beelen D, et al. CMV serostatus still has an important prognostic impact in de novo acute leukemia patients after allogeneic stem cell transplantation: a report from the Acute Leukemia Working Party of EBMT. Blood 2013;122(19):3359-3364");

        /// <summary>
        /// CIBMTR Forms Instruction Manual: Pre-TED (Form 2400), "Clinical status of recipient prior to the preparative
        /// regimen": the Karnofsky scale for recipients aged 16 years and older, the Lansky scale for recipients one year
        /// old to less than 16, none under one year (online manual; its revision date is not recorded here).
        /// </summary>
        public static SourceReference CibmtrPerformanceScaleByAge { get; } = new(
            "CIBMTR Forms Instruction Manual. Pre-TED (Form 2400): Clinical Status of Recipient Prior to the Preparative Regimen (Karnofsky for recipients aged 16 years and older; Lansky for recipients 1 year to less than 16 years). https://www.cibmtr.org/manuals/fim");
    }
}
