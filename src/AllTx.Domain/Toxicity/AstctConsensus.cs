namespace AllTx.Domain.Toxicity
{
    /// <summary>The citation of the grading standard used by <see cref="CrsGrading"/> and <see cref="IcansGrading"/>.</summary>
    public static class AstctConsensus
    {
        /// <summary>
        /// Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading for cytokine release syndrome and neurologic
        /// toxicity associated with immune effector cells. Biol Blood Marrow Transplant 2019;25(4):625–638.
        /// doi:10.1016/j.bbmt.2018.12.758.
        /// </summary>
        public static SourceReference Grading2019 { get; } = SourceReference.Of(
            "Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading for cytokine release syndrome and neurologic toxicity associated with immune effector cells. Biol Blood Marrow Transplant 2019;25(4):625-638. doi:10.1016/j.bbmt.2018.12.758");
    }
}
