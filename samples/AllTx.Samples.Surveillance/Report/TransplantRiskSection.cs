using System.Collections.Generic;
using System.IO;
using System.Linq;
using AllTx.Domain.Disease;
using AllTx.Domain.Registry;
using AllTx.Samples.Surveillance.Cohort;

namespace AllTx.Samples.Surveillance.Report
{
    /// <summary>One allo-HSCT patient's risk facts at transplant: genetics, HCT-CI and refined DRI.</summary>
    /// <param name="Patient">The patient.</param>
    /// <param name="Genetics">The alterations found with the Philadelphia status they give (Ph+, Ph-like, Ph-negative), or "not recorded".</param>
    /// <param name="HctCi">The HCT-CI score, risk group and contributing comorbidities, or "HCT-CI not recorded".</param>
    /// <param name="RefinedDiseaseRiskIndex">The refined DRI computed from the disease status at transplant (ALL: intermediate in CR, high otherwise).</param>
    /// <param name="DiseaseStatus">The disease status at transplant it was computed from.</param>
    public sealed record TransplantRiskLine(string Patient, string Genetics, string HctCi, RefinedDiseaseRiskIndex RefinedDiseaseRiskIndex, string DiseaseStatus);

    /// <summary>Builds and writes the "genetics and comorbidity at transplant" section from the SDK's types.</summary>
    internal static class TransplantRiskSection
    {
        private const string NotRecorded = "not recorded";

        public static List<TransplantRiskLine> Build(IEnumerable<PatientCourse> patients) => patients
            .Where(patient => patient.Transplant is not null)
            .Select(patient => new TransplantRiskLine(
                patient.Label,
                patient.Genetics is { } genetics ? $"{genetics} ({Philadelphia(genetics.PhiladelphiaStatus)})" : NotRecorded,
                patient.HctCi?.ToString() ?? "HCT-CI " + NotRecorded,
                RefinedDiseaseRiskIndexTable.ForAcuteLymphoblasticLeukaemia(patient.Transplant!.DiseaseStatus),
                patient.Transplant.DiseaseStatus.ToString()))
            .ToList();

        private static string Philadelphia(PhiladelphiaStatus status) => status switch
        {
            PhiladelphiaStatus.Positive => "Ph+",
            PhiladelphiaStatus.PhLike => "Ph-like",
            PhiladelphiaStatus.Negative => "Ph-negative",
            _ => status.ToString(),
        };

        public static void Write(IReadOnlyList<TransplantRiskLine> lines, TextWriter output)
        {
            output.WriteLine();
            output.WriteLine($"Genetics and comorbidity at transplant ({lines.Count}): genetics with WHO 2022 / ICC 2022 names, HCT-CI (Sorror 2005), refined DRI (Armand 2014)");
            foreach (TransplantRiskLine line in lines)
            {
                output.WriteLine($"  {line.Patient}  genetics: {line.Genetics}; {line.HctCi}; rDRI {line.RefinedDiseaseRiskIndex} ({line.DiseaseStatus})");
            }
        }
    }
}
