using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AllTx.Domain.Drugs;
using AllTx.Domain.Mrd;
using AllTx.Domain.Toxicity;
using AllTx.Samples.Surveillance.Cohort;

namespace AllTx.Samples.Surveillance.Report
{
    /// <summary>One SOS/VOD line of a patient exposed to inotuzumab ozogamicin.</summary>
    /// <param name="Patient">The patient.</param>
    /// <param name="Assessment">The assessment day and findings, or why there is none to diagnose.</param>
    /// <param name="Baltimore">The Baltimore criteria's outcome, or null.</param>
    /// <param name="EbmtAdult">The EBMT adult (2016) criteria's outcome with its onset class, or null.</param>
    public sealed record SosVodLine(string Patient, string Assessment, string? Baltimore, string? EbmtAdult);

    /// <summary>
    /// SOS/VOD after inotuzumab ozogamicin (the BESPONSA boxed warning): every patient with an inotuzumab dose, each recorded
    /// assessment after HSCT diagnosed under the Baltimore and the EBMT adult 2016 criteria through the SDK. Findings, never advice.
    /// </summary>
    internal static class SosVodSection
    {
        public static List<SosVodLine> Build(IEnumerable<PatientCourse> patients) =>
            patients.Where(patient => patient.Doses.Any(dose => dose.Drug.Id == StandardDrugs.InotuzumabOzogamicin.Id)).SelectMany(Lines).ToList();

        public static void Write(IReadOnlyList<SosVodLine> lines, TextWriter output)
        {
            output.WriteLine();
            output.WriteLine($"SOS/VOD after inotuzumab ozogamicin ({lines.Count}; BESPONSA boxed warning): Baltimore and EBMT adult 2016 criteria, other causes not excluded here");
            foreach (SosVodLine line in lines)
            {
                output.WriteLine(line.Baltimore is null
                    ? $"  {line.Patient}  {line.Assessment}"
                    : $"  {line.Patient}  {line.Assessment}: Baltimore {line.Baltimore}; EBMT adult 2016 {line.EbmtAdult}");
            }
        }

        private static IEnumerable<SosVodLine> Lines(PatientCourse patient)
        {
            if (patient.Course.Therapy != MrdMonitoringAnchor.AllogeneicHsct)
            {
                return [new SosVodLine(patient.Label, "not an HSCT course: the criteria count days after HSCT", null, null)];
            }

            return patient.SosVodAssessments.Count == 0
                ? [new SosVodLine(patient.Label, "no SOS/VOD assessment recorded", null, null)]
                : patient.SosVodAssessments.Select(findings => Line(patient, findings));
        }

        private static SosVodLine Line(PatientCourse patient, SosVodFindings findings)
        {
            SosVodDiagnosis baltimore = SosVodDiagnosticCriteria.Baltimore(findings);
            SosVodDiagnosis ebmt = SosVodDiagnosticCriteria.EbmtAdult2016(findings);
            string signs = string.Join(", ", new[]
            {
                $"bilirubin {findings.TotalBilirubin.Quantity}",
                findings.PainfulHepatomegaly ? "painful hepatomegaly" : null,
                findings.Ascites ? "ascites" : null,
                string.Create(CultureInfo.InvariantCulture, $"weight gain {findings.WeightGainPercent} %"),
            }.OfType<string>());
            return new SosVodLine(patient.Label, $"{findings.Day} ({signs})", Met(baltimore), $"{Met(ebmt)} ({ebmt.Onset})");
        }

        private static string Met(SosVodDiagnosis diagnosis) => diagnosis.IsMet ? "met" : "not met";
    }
}
