using System.Text.Json;
using AllTx.Domain.Disease;
using AllTx.Domain.Registry;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>
    /// Reads the optional <c>genetics</c> (the SDK's <see cref="LeukaemiaGenetics"/>) and <c>hctCi</c>
    /// (<see cref="HctCiAssessment"/>) records of a patient entry. Genetics whose Philadelphia status contradicts the
    /// entry's disease facts are refused (reported and dropped), because the report would otherwise show two answers.
    /// </summary>
    internal static class TransplantRiskReader
    {
        private const string GeneticsField = "genetics";

        public static (LeukaemiaGenetics? Genetics, HctCiAssessment? HctCi) Read(RecordReader reader, JsonElement entry, DiseaseFacts? disease)
        {
            LeukaemiaGenetics? genetics = reader.ReadOptional<LeukaemiaGenetics>(entry, GeneticsField);
            HctCiAssessment? hctCi = reader.ReadOptional<HctCiAssessment>(entry, "hctCi");
            if (genetics is not null && disease?.Philadelphia is { } recorded && recorded != genetics.PhiladelphiaStatus)
            {
                reader.Reject($"{GeneticsField}.alterations", $"\"{genetics}\"", $"gives Philadelphia status {genetics.PhiladelphiaStatus}, but disease.philadelphia records {recorded}");
                genetics = null;
            }

            return (genetics, hctCi);
        }
    }
}
