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
            Section(output, "MRD monitoring adherence (seed 000: before allo-HSCT / CAR-T when in remission, then every 2-3 months for the first year)");
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

            Section(output, "Relapses by phenotype (seed 002), with the salvage options the sources name (data, not advice)");
            foreach (PhenotypeGroup group in report.Relapses)
            {
                output.WriteLine($"  {group.Phenotype}: {group.Count}{(group.Count > 0 ? " (" + string.Join(", ", group.Patients) + ")" : string.Empty)}");
                output.WriteLine($"    options: {string.Join("; ", group.SalvageOptions.Select(option => option.Name))}");
            }

            foreach (IndeterminateRelapse relapse in report.IndeterminateRelapses)
            {
                output.WriteLine($"  indeterminate: {relapse.Patient} ({Day(relapse.Date)}): {relapse.Reason}");
            }

            Section(output, "Dose checks against label ranges");
            foreach (DoseCheckLine line in report.DoseChecks)
            {
                output.WriteLine($"  {line.Patient}  {line.Drug} {line.Prescribed} -> {line.Absolute}: {line.Check.ToUpperInvariant()} ({line.Detail})");
            }
        }

        private static void Section(TextWriter output, string title)
        {
            output.WriteLine();
            output.WriteLine(title);
        }

        private static string Day(System.DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
