using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// The assay method of an MRD result; an MRD value is meaningless without it (<see cref="SourceReference.MrdReportingInAll2021"/>);
    /// methods differ in sensitivity, so each result carries its own assay sensitivity.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<MrdMethod>))]
    public enum MrdMethod
    {
        /// <summary>Multiparameter flow cytometry (MFC); anti-CD19 therapy can hide CD19-gated flow MRD.</summary>
        MultiparameterFlowCytometry = 1,

        /// <summary>Next-generation sequencing of IG/TR rearrangements (e.g. IGH; clonoSEQ, sensitivity to 1e-6).</summary>
        NextGenerationSequencingIgTr,

        /// <summary>Real-time quantitative PCR of IG/TR rearrangements (RQ-PCR).</summary>
        RqPcrIgTr,

        /// <summary>
        /// BCR::ABL1 reverse-transcription quantitative PCR (Ph+ ALL). Its result is a transcript ratio on the International
        /// Scale, recorded as a <see cref="BcrAbl1Result"/>, never as an <see cref="MrdResult"/> level.
        /// </summary>
        BcrAbl1RtQpcr,

        /// <summary>Digital PCR.</summary>
        DigitalPcr,
    }
}
