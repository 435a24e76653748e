namespace AllTx.Domain
{
    /// <summary>
    /// Catalogue entries that no published source supports in the form the SDK encodes: each is marked as the AllTx.Sdk
    /// team's own choice (<see cref="TeamChoice"/>) and says what would replace it.
    /// </summary>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// The team's transcription of Table 1 ("A comparison of the efficacies between each immunotherapy modality for
        /// r/r ALL") of a review of allo-HSCT for adult ALL in the era of immunotherapy from Peking University People's
        /// Hospital (Beijing 100044). The review's bibliographic identifiers (journal, year, DOI) are not yet verified,
        /// so the dataset is the team's own; each record names its trial registry ids, which readers can look up.
        /// </summary>
        public static SourceReference ImmunotherapyTrialsTable1Transcription { get; } = TeamChoice(
            "transcription of Table 1 (a comparison of the efficacies between each immunotherapy modality for r/r ALL) of a review of allo-HSCT for adult ALL in the era of immunotherapy (Peking University People's Hospital, Beijing 100044); the review's journal, year and DOI are not yet verified. Each trial record names its registry ids (e.g. NCT02013167)");

        /// <summary>
        /// Conditioning, lymphodepletion and GvHD-prophylaxis agents the SDK lists (cyclophosphamide in mg/kg,
        /// anti-thymocyte globulin, G-CSF): catalogue entries with the dose-unit kinds transplant protocols use, no dose
        /// figures. Fludarabine and cyclophosphamide in mg/m² for lymphodepletion are named by <see cref="KymriahLabel"/>
        /// and <see cref="TecartusLabel"/>.
        /// </summary>
        public static SourceReference TransplantAgentsCatalogue { get; } = TeamChoice(
            "catalogue entries for transplant conditioning and GvHD-prophylaxis agents (cyclophosphamide in mg/kg, anti-thymocyte globulin in mg/kg, G-CSF in ug/kg or fixed ug): names, routes and dose-unit kinds only, no dose figures");

        /// <summary>
        /// The BCR::ABL1 tyrosine kinase inhibitors listed for Ph-positive ALL (imatinib, dasatinib, nilotinib,
        /// ponatinib) as oral mg/day catalogue entries. Evidence for post-transplant TKI as a class:
        /// <see cref="PostTransplantTkiEbmt2015"/>; the agents themselves are the team's list until each product label
        /// (with its revision) is catalogued. Nilotinib's US label indication is CML, not ALL.
        /// </summary>
        public static SourceReference TyrosineKinaseInhibitorsForPhPositiveAll { get; } = TeamChoice(
            "BCR::ABL1 tyrosine kinase inhibitors listed for Ph-positive ALL (imatinib, dasatinib, nilotinib, ponatinib) as oral mg/day catalogue entries; the class evidence after allo-HSCT is Brissot E, et al. Haematologica 2015;100(3):392-399; nilotinib's US label indication is chronic myeloid leukaemia, not ALL");

        /// <summary>
        /// The disease-status categories recorded besides the count-based remissions, and remission numbering by prior
        /// relapses (CR1 none, CR2 one, CR≥3 two or more): the team's own categories. The CR / CRh / CRi thresholds
        /// themselves are a named published set (<see cref="Response.ResponseCriteriaSet"/>).
        /// </summary>
        public static SourceReference DiseaseStatusCategories { get; } = TeamChoice(
            "disease-status categories recorded besides the count-based remissions, and remission numbering by prior relapses (CR1 none, CR2 one, CR>=3 two or more)");

        /// <summary>
        /// The decision rule that places a relapse in a phenotype from its findings (myeloid markers with CD19-negative
        /// blasts → lineage switch; CD19-negative without myeloid markers → CD19-negative relapse; CD19-positive without
        /// myeloid markers → CD19-positive relapse; anything else indeterminate). The three phenotypes are those of
        /// <see cref="PostImmunotherapyRelapseHowITreat"/>; the rule that assigns them is the team's.
        /// </summary>
        public static SourceReference RelapsePhenotypeRule { get; } = TeamChoice(
            "decision rule placing a relapse after immunotherapy in a phenotype from CD19 expression and myeloid markers (myeloid markers with CD19-negative blasts: lineage switch; CD19-negative without myeloid markers: CD19-negative relapse; CD19-positive without myeloid markers: CD19-positive relapse; otherwise indeterminate). The phenotypes are those of Lamble AJ, Kovach AE, Shah NN. Blood 2025;145(1):64-74");

        /// <summary>
        /// The assignment of salvage modalities to relapse phenotypes where no catalogued source makes it: the modalities
        /// <see cref="PostImmunotherapyRelapseHowITreat"/> names (CD19-CAR reinfusion, humanised CAR constructs,
        /// combinatorial strategies, blinatumomab, inotuzumab) listed under CD19-positive relapse, CD22 and CD19/CD22 CAR
        /// T cells under CD19-negative relapse, and AML-directed therapy under lineage switch. The published abstract
        /// names the modalities but does not map them to phenotypes.
        /// </summary>
        public static SourceReference SalvageOptionsByPhenotype { get; } = TeamChoice(
            "assignment of salvage modalities to relapse phenotypes: CD19-CAR reinfusion, humanised CAR constructs, combinatorial strategies, blinatumomab and inotuzumab (modalities named by Lamble AJ, et al. Blood 2025;145(1):64-74, whose abstract does not map them to phenotypes) under CD19-positive relapse; CD22 and CD19/CD22 CAR T cells under CD19-negative relapse; AML-directed therapy under lineage switch");

        /// <summary>
        /// The pre-treatment MRD assessment counts when sampled within the 30 days before day 0: the team's choice of a
        /// work-up window (the CIBMTR forms ask for the last evaluation before the preparative regimen and name no number
        /// of days).
        /// </summary>
        public static SourceReference PreTreatmentMrdWindow { get; } = TeamChoice(
            "pre-treatment MRD assessment window: the 30 days before day 0 (the CIBMTR pre-HCT forms ask for the last evaluation before the preparative regimen and name no number of days)");
    }
}
