namespace AllTx.Domain
{
    /// <summary>Catalogue entries: published studies the SDK quotes figures from.</summary>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// Lamble AJ, Myers RM, Taraseviciute A, et al. Preinfusion factors impacting relapse immunophenotype following
        /// CD19 CAR T cells. Blood Adv 2023;7(4):575. Of 420 children and young adults treated with a murine CD19-CAR,
        /// 166 (39.5 %) relapsed: 83 (50 %) CD19-positive, 68 (41 %) CD19-negative and 12 (7.2 %) lineage switch; a KMT2A
        /// rearrangement was the only preinfusion factor associated with lineage switch.
        /// </summary>
        public static SourceReference RelapseImmunophenotypeAfterCd19Car { get; } = new(
            "Lamble AJ, Myers RM, Taraseviciute A, et al. Preinfusion factors impacting relapse immunophenotype following CD19 CAR T cells. Blood Adv 2023;7(4):575");

        /// <summary>
        /// Brissot E, Labopin M, Beckers MM, et al. Tyrosine kinase inhibitors improve long-term outcome of allogeneic
        /// hematopoietic stem cell transplantation for adult patients with Philadelphia chromosome positive acute
        /// lymphoblastic leukemia (EBMT Acute Leukemia Working Party; 473 patients). Haematologica 2015;100(3):392–399.
        /// Post-transplant prophylactic TKI: leukaemia-free survival HR 0.44 (p = 0.002), overall survival HR 0.42
        /// (p = 0.004), relapse HR 0.40 (p = 0.01).
        /// </summary>
        public static SourceReference PostTransplantTkiEbmt2015 { get; } = new(
            "Brissot E, Labopin M, Beckers MM, et al. Tyrosine kinase inhibitors improve long-term outcome of allogeneic hematopoietic stem cell transplantation for adult patients with Philadelphia chromosome positive acute lymphoblastic leukemia. Haematologica 2015;100(3):392-399");

        /// <summary>
        /// Algeri M, et al. Outcomes of children and young adults with B-cell acute lymphoblastic leukemia given
        /// blinatumomab as last consolidation treatment before allogeneic hematopoietic stem cell transplantation.
        /// Haematologica 2025;110(3):596–607. doi:10.3324/haematol.2024.286350.
        /// </summary>
        public static SourceReference BlinatumomabBeforeHsctInChildren2025 { get; } = new(
            "Algeri M, et al. Outcomes of children and young adults with B-cell acute lymphoblastic leukemia given blinatumomab as last consolidation treatment before allogeneic hematopoietic stem cell transplantation. Haematologica 2025;110(3):596-607. doi:10.3324/haematol.2024.286350");

        /// <summary>Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317(17):1098: BSA (m²) = √(height (cm) × weight (kg) / 3600).</summary>
        public static SourceReference MostellerBodySurfaceArea1987 { get; } = new(
            "Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317(17):1098");
    }
}
