namespace AllTx.Domain.Gvhd
{
    /// <summary>
    /// The GvHD standards used by <see cref="AcuteGvhdStaging"/> and <see cref="ChronicGvhdScoring"/>; the catalogue
    /// entries are <see cref="SourceReference.MagicAcuteGvhd2016"/> and <see cref="SourceReference.NihChronicGvhd2014"/>,
    /// and this class only forwards to them.
    /// </summary>
    public static class GvhdConsensus
    {
        /// <summary>Harris AC, et al. MAGIC acute GvHD, 2016: forwards to <see cref="SourceReference.MagicAcuteGvhd2016"/>.</summary>
        public static SourceReference Magic2016 => SourceReference.MagicAcuteGvhd2016;

        /// <summary>Jagasia MH, et al. NIH 2014 chronic GvHD: forwards to <see cref="SourceReference.NihChronicGvhd2014"/>.</summary>
        public static SourceReference Nih2014 => SourceReference.NihChronicGvhd2014;
    }
}
