namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The grading standard used by <see cref="CrsGrading"/> and <see cref="IcansGrading"/>; the catalogue entry is
    /// <see cref="SourceReference.AstctCrsIcansGrading2019"/>, and this class only forwards to it.
    /// </summary>
    public static class AstctConsensus
    {
        /// <summary>Lee DW, et al. ASTCT consensus grading, 2019: forwards to <see cref="SourceReference.AstctCrsIcansGrading2019"/>.</summary>
        public static SourceReference Grading2019 => SourceReference.AstctCrsIcansGrading2019;
    }
}
