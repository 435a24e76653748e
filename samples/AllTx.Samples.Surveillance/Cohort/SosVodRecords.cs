using AllTx.Domain.Laboratory;
using AllTx.Domain.Toxicity;
using AllTx.Domain.Transplant;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>
    /// An SOS/VOD assessment after HSCT as the cohort file writes it; the loader builds the SDK's <see cref="SosVodFindings"/>,
    /// which refuses a day before HSCT or a lab value that is not total bilirubin.
    /// </summary>
    /// <param name="Day">The day after HSCT, e.g. "day +14".</param>
    /// <param name="TotalBilirubin">Total bilirubin with its unit.</param>
    /// <param name="PainfulHepatomegaly">Painful hepatomegaly.</param>
    /// <param name="Ascites">Ascites.</param>
    /// <param name="WeightGainPercent">Weight gain above baseline, in percent.</param>
    /// <param name="HistologicallyProven">SOS/VOD proven by histology.</param>
    /// <param name="HaemodynamicOrUltrasoundEvidence">Haemodynamic and/or ultrasound evidence of SOS/VOD.</param>
    public sealed record SosVodAssessmentRecord(
        TransplantDay Day,
        LabValue TotalBilirubin,
        bool PainfulHepatomegaly,
        bool Ascites,
        decimal WeightGainPercent,
        bool HistologicallyProven = false,
        bool HaemodynamicOrUltrasoundEvidence = false);

    /// <summary>Reads a patient entry's SOS/VOD assessments through the SDK, rejecting the ones it refuses.</summary>
    internal static class SosVodReader
    {
        public static System.Collections.Generic.List<SosVodFindings> Read(RecordReader reader, System.Text.Json.JsonElement entry)
        {
            System.Collections.Generic.List<SosVodFindings> findings = [];
            foreach ((int index, SosVodAssessmentRecord record) in reader.ReadAll<SosVodAssessmentRecord>(entry, "sosVodAssessments"))
            {
                try
                {
                    findings.Add(SosVodFindings.Of(record.Day, record.TotalBilirubin, record.PainfulHepatomegaly, record.Ascites, record.WeightGainPercent, record.HistologicallyProven, record.HaemodynamicOrUltrasoundEvidence));
                }
                catch (AllTx.Domain.DomainValidationException refused)
                {
                    reader.Reject($"sosVodAssessments[{index}].{refused.ParamName}", refused.Value, refused.Message);
                }
            }

            return findings;
        }
    }
}
