using System.Collections.Generic;
using System.Linq;
using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Mrd;
using AllTx.Domain.Relapse;
using AllTx.Samples.Surveillance.Cohort;

namespace AllTx.Samples.Surveillance.Report
{
    /// <summary>Computes the surveillance report from a cohort read through the SDK.</summary>
    public static class SurveillanceReportBuilder
    {
        private static readonly Dictionary<DrugId, LabelRegimen> s_labelRegimens = new[]
        {
            LabelRegimens.Blinatumomab, LabelRegimens.InotuzumabFirstCycle, LabelRegimens.Tisagenlecleucel,
        }.ToDictionary(regimen => regimen.Drug);

        /// <summary>The report of <paramref name="cohort"/> on its report date.</summary>
        /// <param name="cohort">The cohort as read.</param>
        /// <returns>The report.</returns>
        public static SurveillanceReport Build(CohortReading cohort)
        {
            List<PatientCourse> patients = cohort.Patients.ToList();
            List<(PatientCourse Patient, RelapseRecord Relapse, OneOf<RelapsePhenotype.Cd19PositiveRelapse, RelapsePhenotype.Cd19NegativeRelapse, RelapsePhenotype.LineageSwitch, Indeterminate> Phenotype)> relapses =
                patients.SelectMany(patient => patient.Relapses.Select(relapse => (patient, relapse, RelapsePhenotypeClassifier.Classify(relapse.Immunophenotype)))).ToList();

            return new SurveillanceReport(
                cohort.Name,
                cohort.AsOf,
                cohort.PatientsRead,
                patients.Count,
                cohort.Rejections,
                Monitoring(patients, cohort.AsOf),
                patients.Where(patient => patient.MrdResults.Count > 0).Select(LatestMrdStatus).ToList(),
                [
                    Group("CD19-positive relapse", relapses.Where(item => item.Phenotype.IsT0), SalvageCatalogue.Cd19Positive),
                    Group("CD19-negative relapse", relapses.Where(item => item.Phenotype.IsT1), SalvageCatalogue.Cd19Negative),
                    Group("lineage switch", relapses.Where(item => item.Phenotype.IsT2), SalvageCatalogue.LineageSwitch),
                ],
                relapses.Where(item => item.Phenotype.IsT3)
                    .Select(item => new IndeterminateRelapse(item.Patient.Label, item.Relapse.Date, item.Phenotype.AsT3.Reason))
                    .ToList(),
                patients.SelectMany(patient => patient.Doses.Select(dose => CheckDose(patient, dose))).ToList(),
                CourseFactsBuilder.Transplants(patients),
                CourseFactsBuilder.Infusions(patients),
                MaintenanceSectionBuilder.Build(patients))
            {
                TransplantRisk = TransplantRiskSection.Build(patients),
                SosVodAfterInotuzumab = SosVodSection.Build(patients),
            };
        }

        private static MonitoringAdherence Monitoring(IEnumerable<PatientCourse> patients, System.DateOnly asOf)
        {
            List<(PatientCourse Patient, MrdAssessmentWindow Window)> windows = patients
                .SelectMany(patient => PlanOf(patient.Course).Evaluate(patient.MrdResults, asOf).Select(window => (patient, window)))
                .ToList();
            List<AssessmentLine> Lines(System.Func<MrdAssessmentStatus, bool> status) => windows
                .Where(item => status(item.Window.Status))
                .Select(item => new AssessmentLine(item.Patient.Label, item.Patient.Course.Therapy, item.Window.Purpose, item.Window.Earliest, item.Window.Latest))
                .ToList();

            List<AssessmentLine> due = Lines(status => status is MrdAssessmentStatus.Due);
            List<AssessmentLine> overdue = Lines(status => status is MrdAssessmentStatus.Overdue);
            return new MonitoringAdherence(
                windows.Count(item => item.Window.Status is MrdAssessmentStatus.Completed),
                due.Count,
                overdue.Count,
                windows.Count(item => item.Window.Status is MrdAssessmentStatus.Upcoming),
                due,
                overdue);
        }

        private static MrdMonitoringPlan PlanOf(TherapyCourse course) =>
            course.InRemissionBefore
                ? MrdMonitoringPlan.ForPatientInHaematologicalRemission(course.Therapy, course.Day0)
                : MrdMonitoringPlan.ForPatientNotInRemission(course.Therapy, course.Day0);

        private static MrdStatusLine LatestMrdStatus(PatientCourse patient)
        {
            MrdResult latest = patient.MrdResults.OrderBy(result => result.SampleDate).Last();
            (string status, string detail) = ReportText.Of(latest.StatusAgainst());
            return new MrdStatusLine(patient.Label, latest.SampleDate, latest.Method, latest.Specimen, status, detail);
        }

        private static PhenotypeGroup Group<T>(string phenotype, IEnumerable<(PatientCourse Patient, RelapseRecord Relapse, T Phenotype)> relapses, IReadOnlyList<SalvageOption> options)
        {
            List<string> patients = relapses.Select(item => item.Patient.Label).ToList();
            return new PhenotypeGroup(phenotype, patients.Count, patients, options);
        }

        private static DoseCheckLine CheckDose(PatientCourse patient, CheckedDose dose)
        {
            string prescribed = $"{dose.Record.Dose} on {dose.Record.Day}";
            AbsoluteDose absolute;
            try
            {
                absolute = dose.Record.Dose.ToAbsoluteDose(patient.Patient.Measurements);
            }
            catch (MissingBodyMeasurementException missing)
            {
                return new DoseCheckLine(patient.Label, dose.Drug.Name, prescribed, "not computable", "not comparable", missing.Message);
            }

            if (!s_labelRegimens.TryGetValue(dose.Drug.Id, out LabelRegimen? regimen))
            {
                return new DoseCheckLine(patient.Label, dose.Drug.Name, prescribed, absolute.ToString(), "no label regimen", "the catalogue holds no label regimen for this drug");
            }

            (string check, string detail) = ReportText.Of(regimen.Check(patient.Patient.Measurements, dose.Record.Day, absolute.Value));
            return new DoseCheckLine(patient.Label, dose.Drug.Name, prescribed, absolute.ToString(), check, $"{detail} ({regimen.Name})");
        }
    }
}
