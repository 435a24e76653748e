namespace AllTx.Domain.Gvhd
{
    /// <summary>The citations of the GvHD standards used by <see cref="AcuteGvhdStaging"/> and <see cref="ChronicGvhdScoring"/>.</summary>
    public static class GvhdConsensus
    {
        /// <summary>
        /// Harris AC, Young R, Devine S, et al. International, multicenter standardization of acute graft-versus-host
        /// disease clinical data collection: a report from the Mount Sinai Acute GVHD International Consortium (MAGIC).
        /// Biol Blood Marrow Transplant 2016;22(1):4–10.
        /// </summary>
        public static SourceReference Magic2016 { get; } = SourceReference.Of(
            "Harris AC, Young R, Devine S, et al. International, multicenter standardization of acute graft-versus-host disease clinical data collection: a report from the Mount Sinai Acute GVHD International Consortium. Biol Blood Marrow Transplant 2016;22(1):4-10");

        /// <summary>
        /// Jagasia MH, Greinix HT, Arora M, et al. National Institutes of Health consensus development project on criteria
        /// for clinical trials in chronic graft-versus-host disease: I. The 2014 Diagnosis and Staging Working Group
        /// report. Biol Blood Marrow Transplant 2015;21(3):389–401.
        /// </summary>
        public static SourceReference Nih2014 { get; } = SourceReference.Of(
            "Jagasia MH, Greinix HT, Arora M, et al. NIH consensus development project on criteria for clinical trials in chronic graft-versus-host disease: I. The 2014 Diagnosis and Staging Working Group report. Biol Blood Marrow Transplant 2015;21(3):389-401");
    }
}
