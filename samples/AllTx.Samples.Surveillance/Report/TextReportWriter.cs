using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace AllTx.Samples.Surveillance.Report
{
    /// <summary>Writes the report for people: one section per question a surveillance team asks.</summary>
    public static class TextReportWriter
    {
        /// <summary>Writes <paramref name="report"/>.</summary>
        /// <param name="report">The report.</param>
        /// <param name="output">Where to.</param>
        public static void Write(SurveillanceReport report, TextWriter output)
        {
            output.WriteLine($"Post-transplant surveillance report: {report.Cohort}, as of {Day(report.AsOf)}");
            output.WriteLine($"{report.PatientsRead} patient entries read, {report.PatientsProcessed} processed, {report.Rejections.Count} records rejected.");

            Section(output, $"Rejected records ({report.Rejections.Count})");
            foreach (var rejection in report.Rejections)
            {
                output.WriteLine($"  {rejection.Patient}  {rejection.Field} = {rejection.Value}: {rejection.Rule}");
            }

            MonitoringAdherence monitoring = report.Monitoring;
            Section(output, "MRD monitoring adherence (ALL Hub, 22 Dec 2025: before allo-HSCT / CAR-T when in remission, then every 2-3 months for the first year)");
            output.WriteLine($"  completed {monitoring.Completed}, due {monitoring.Due}, overdue {monitoring.Overdue}, upcoming {monitoring.Upcoming}");
            foreach (AssessmentLine line in monitoring.OverdueAssessments)
            {
                output.WriteLine($"  OVERDUE  {line.Patient}  {line.Purpose}, window closed {Day(line.Latest)}");
            }

            foreach (AssessmentLine line in monitoring.DueAssessments)
            {
                output.WriteLine($"  due      {line.Patient}  {line.Purpose}, by {Day(line.Latest)}");
            }

            Section(output, "Latest MRD status (threshold 1e-4)");
            foreach (MrdStatusLine line in report.MrdStatus)
            {
                output.WriteLine($"  {line.Patient}  {Day(line.SampleDate)}  {line.Method} in {line.Specimen}: {line.Status}, {line.Detail}");
            }

            WriteTransplants(report, output);
            TransplantRiskSection.Write(report.TransplantRisk, output);
            WriteInfusions(report, output);

            Section(output, "Relapses by phenotype (Lamble et al., Blood 2025;145:64-74), with the salvage options per phenotype (data, not advice; * = the AllTx.Sdk team's choice, no published source)");
            foreach (PhenotypeGroup group in report.Relapses)
            {
                output.WriteLine($"  {group.Phenotype}: {group.Count}{(group.Count > 0 ? " (" + string.Join(", ", group.Patients) + ")" : string.Empty)}");
                output.WriteLine($"    options: {string.Join("; ", group.SalvageOptions.Select(option => option.Name + (option.Source.IsTeamChoice ? " *" : string.Empty)))}");
            }

            foreach (IndeterminateRelapse relapse in report.IndeterminateRelapses)
            {
                output.WriteLine($"  indeterminate: {relapse.Patient} ({Day(relapse.Date)}): {relapse.Reason}");
            }

            WriteMaintenance(report.Maintenance, output);
            SosVodSection.Write(report.SosVodAfterInotuzumab, output);

            Section(output, "Dose checks against label ranges");
            foreach (DoseCheckLine line in report.DoseChecks)
            {
                output.WriteLine($"  {line.Patient}  {line.Drug} {line.Prescribed} -> {line.Absolute}: {line.Check.ToUpperInvariant()} ({line.Detail})");
            }
        }

        private static void WriteTransplants(SurveillanceReport report, TextWriter output)
        {
            Section(output, $"Allogeneic transplants ({report.Transplants.Count}): {Counts(report.Transplants.Select(line => line.Donor))}; conditioning {Counts(report.Transplants.Select(line => line.ConditioningIntensity))}");
            foreach (TransplantLine line in report.Transplants)
            {
                output.WriteLine($"  {line.Patient}  day 0 {Day(line.Day0)}, HSCT #{line.TransplantNumber}: {line.Donor} donor{(line.HlaMatch is null ? string.Empty : ", HLA " + line.HlaMatch)}, {line.GraftSource}; {line.DiseaseStatus}; MRD at transplant: {line.MrdAtTransplant}");
                output.WriteLine($"           conditioning {line.ConditioningIntensity}: {line.Conditioning}; GvHD prophylaxis: {string.Join(" + ", line.GvhdProphylaxis)}");
            }
        }

        private static void WriteInfusions(SurveillanceReport report, TextWriter output)
        {
            Section(output, $"CAR-T infusions ({report.CarTInfusions.Count}), doses checked against the product's dose rule: {Counts(report.CarTInfusions.Select(line => line.DoseCheck))}");
            foreach (CarTInfusionLine line in report.CarTInfusions)
            {
                output.WriteLine($"  {line.Patient}  {Day(line.Date)}  {line.Product} ({line.ProductStatus}, {line.Source}) infusion {line.InfusionNumber}: {line.Dose}: {line.DoseCheck.ToUpperInvariant()} ({line.DoseCheckDetail})");
                output.WriteLine($"           lymphodepletion: {(line.Lymphodepletion.Count == 0 ? "none" : string.Join(" + ", line.Lymphodepletion))}");
            }
        }

        private static void WriteMaintenance(MaintenanceSection maintenance, TextWriter output)
        {
            Section(output, "Maintenance considerations present after allo-HSCT (ALL Hub, 22 Dec 2025): evidence and factors, never a recommendation");
            output.WriteLine("  Evidence per strategy:");
            foreach (MaintenanceEvidenceLine evidence in maintenance.Evidence)
            {
                string study = string.Join(", ", new[] { evidence.Patients is { } patients ? $"{patients} patients" : null, evidence.Trials.Count > 0 ? string.Join(", ", evidence.Trials) : null }.OfType<string>().Concat(evidence.Outcomes));
                output.WriteLine($"    {evidence.Strategy}: {study}");
            }

            foreach (MaintenanceLine line in maintenance.Patients)
            {
                output.WriteLine($"  {line.Patient}  present: {(line.Present.Count == 0 ? "none" : string.Join("; ", line.Present.Select(present => present.Detail)))}");
                if (line.Unknown.Count > 0)
                {
                    output.WriteLine($"           unknown (not recorded, or its record was refused): {string.Join(", ", line.Unknown)}");
                }

                output.WriteLine($"           agent fit: {string.Join("; ", line.AgentFit.Select(fit => $"{fit.Strategy} {fit.Fit}"))}");
            }
        }

        // "MatchedSibling 5, MatchedUnrelated 7" in order of first appearance.
        private static string Counts(IEnumerable<string> values) =>
            string.Join(", ", values.GroupBy(value => value).Select(group => $"{group.Key} {group.Count()}"));

        private static void Section(TextWriter output, string title)
        {
            output.WriteLine();
            output.WriteLine(title);
        }

        private static string Day(System.DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
