namespace AllTx.Domain
{
    /// <summary>The public labels, consensus papers and trial publications behind the clinical rules of issue #16.</summary>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// Kantarjian H, Stein A, Gökbuget N, et al. Blinatumomab versus chemotherapy for advanced acute lymphoblastic
        /// leukemia (TOWER). N Engl J Med 2017;376(9):836-847. doi:10.1056/NEJMoa1609783. Response definitions CR, CRh, CRi.
        /// </summary>
        public static SourceReference TowerTrial { get; } = new(
            "Kantarjian H, Stein A, Gökbuget N, et al. Blinatumomab versus chemotherapy for advanced acute lymphoblastic leukemia. N Engl J Med 2017;376(9):836-847. doi:10.1056/NEJMoa1609783 (TOWER, NCT02013167; response definitions CR, CRh, CRi)");

        /// <summary>
        /// CIBMTR Forms Instruction Manual, Form 2011 (ALL Pre-HCT Data): laboratory studies and disease status "at the last
        /// evaluation prior to the start of the preparative regimen".
        /// </summary>
        public static SourceReference CibmtrPreHctDiseaseStatus { get; } = new(
            "CIBMTR Forms Instruction Manual, Form 2011 Acute Lymphoblastic Leukemia Pre-HCT Data: Laboratory Studies and Disease Status at the Last Evaluation Prior to the Start of the Preparative Regimen. https://www.cibmtr.org/manuals/fim");

        /// <summary>
        /// MT103-211: Topp MS, Gökbuget N, Stein AS, et al. Safety and activity of blinatumomab for adult patients with
        /// relapsed or refractory B-precursor acute lymphoblastic leukaemia: a multicentre, single-arm, phase 2 study.
        /// Lancet Oncol 2015;16(1):57-66 (NCT01466179); figures as tabulated in Drug Saf 2019;42(5):587-601, doi:10.1007/s40264-018-0760-1.
        /// </summary>
        public static SourceReference Mt103211Trial { get; } = new(
            "Topp MS, Gökbuget N, Stein AS, et al. Safety and activity of blinatumomab for adult patients with relapsed or refractory B-precursor acute lymphoblastic leukaemia: a multicentre, single-arm, phase 2 study. Lancet Oncol 2015;16(1):57-66 (MT103-211, NCT01466179); response figures as tabulated in Drug Saf 2019;42(5):587-601, doi:10.1007/s40264-018-0760-1");

        /// <summary>
        /// ELIANA: Maude SL, Laetsch TW, Buechner J, et al. Tisagenlecleucel in children and young adults with B-cell
        /// lymphoblastic leukemia. N Engl J Med 2018;378(5):439-448. doi:10.1056/NEJMoa1709866 (NCT02435849).
        /// </summary>
        public static SourceReference ElianaTrial { get; } = new(
            "Maude SL, Laetsch TW, Buechner J, et al. Tisagenlecleucel in children and young adults with B-cell lymphoblastic leukemia. N Engl J Med 2018;378(5):439-448. doi:10.1056/NEJMoa1709866 (ELIANA, NCT02435849)");

        /// <summary>
        /// ZUMA-3, a phase 1/2 study: Shah BD, et al. KTE-X19 anti-CD19 CAR T-cell therapy in adult relapsed/refractory acute
        /// lymphoblastic leukemia: ZUMA-3 phase 1 results. Blood 2021;138(1):11-22; and Shah BD, et al. KTE-X19 for relapsed
        /// or refractory adult B-cell acute lymphoblastic leukaemia: phase 2 results of the single-arm, open-label,
        /// multicentre ZUMA-3 study. Lancet 2021;398(10299):491-502 (NCT02614066).
        /// </summary>
        public static SourceReference Zuma3Trial { get; } = new(
            "Shah BD, et al. KTE-X19 anti-CD19 CAR T-cell therapy in adult relapsed/refractory acute lymphoblastic leukemia: ZUMA-3 phase 1 results. Blood 2021;138(1):11-22; Shah BD, et al. KTE-X19 for relapsed or refractory adult B-cell acute lymphoblastic leukaemia: phase 2 results of the single-arm, open-label, multicentre ZUMA-3 study. Lancet 2021;398(10299):491-502 (ZUMA-3, NCT02614066, phase 1/2)");

        /// <summary>
        /// Hughes T, Deininger M, Hochhaus A, et al. Monitoring CML patients responding to treatment with tyrosine kinase
        /// inhibitors: review and recommendations for harmonizing current methodology for detecting BCR-ABL transcripts and
        /// kinase domain mutations and for expressing results. Blood 2006;108(1):28-37 (the International Scale, %).
        /// </summary>
        public static SourceReference BcrAbl1InternationalScale { get; } = new(
            "Hughes T, Deininger M, Hochhaus A, et al. Monitoring CML patients responding to treatment with tyrosine kinase inhibitors: review and recommendations for harmonizing current methodology for detecting BCR-ABL transcripts and kinase domain mutations and for expressing results. Blood 2006;108(1):28-37 (BCR-ABL1 International Scale, %)");

        /// <summary>
        /// Fenton TR, Kim JH. A systematic review and meta-analysis to revise the Fenton growth chart for preterm infants.
        /// BMC Pediatr 2013;13:59. doi:10.1186/1471-2431-13-59 (weight and length from 22 weeks' gestation).
        /// </summary>
        public static SourceReference FentonPretermGrowthChart { get; } = new(
            "Fenton TR, Kim JH. A systematic review and meta-analysis to revise the Fenton growth chart for preterm infants. BMC Pediatr 2013;13:59. doi:10.1186/1471-2431-13-59");
    }
}
