using System.Collections.Generic;
using System.Linq;
using AllTx.Domain.CellularTherapy;
using AllTx.Domain.Dosing;
using AllTx.Domain.Patients;
using AllTx.Domain.Transplant;
using AllTx.Samples.Surveillance.Cohort;

namespace AllTx.Samples.Surveillance.Report
{
    /// <summary>The transplant and CAR-T course facts of the report, read from the SDK's types.</summary>
    internal static class CourseFactsBuilder
    {
        public static List<TransplantLine> Transplants(IEnumerable<PatientCourse> patients) => patients
            .Where(patient => patient.Transplant is not null)
            .Select(patient => Line(patient.Label, patient.Transplant!))
            .ToList();

        public static List<CarTInfusionLine> Infusions(IEnumerable<PatientCourse> patients) => patients
            .Where(patient => patient.CarTInfusion is not null)
            .Select(patient => Line(patient.Label, patient.CarTInfusion!, patient.Patient.Measurements))
            .ToList();

        private static TransplantLine Line(string patient, StemCellTransplant transplant) => new(
            patient,
            transplant.Timeline.DayZero,
            transplant.TransplantNumber,
            transplant.Donor?.ToString() ?? "none",
            transplant.HlaMatch?.ToString(),
            transplant.GraftSource.ToString(),
            transplant.Conditioning.Intensity.ToString(),
            Regimen(transplant.Conditioning),
            transplant.GvhdProphylaxis.Select(platform => platform.ToString()).ToList(),
            transplant.Remission is { } remission ? $"{transplant.DiseaseStatus} ({remission})" : transplant.DiseaseStatus.ToString(),
            transplant.MrdAtTransplant is { } mrd ? $"{ReportText.Of(mrd.StatusAgainst()).Status} ({mrd.Method}, {mrd.SampleDate:yyyy-MM-dd})" : "not assessed");

        private static string Regimen(ConditioningRegimen regimen) =>
            string.Join(" + ", regimen.Agents.Select(Agent).Concat(regimen.TotalBodyIrradiation is { } tbi ? [tbi.ToString()] : []));

        private static string Agent(DosedDrug agent) => $"{agent.Drug.Name} {agent.Dose}";

        private static CarTInfusionLine Line(string patient, CarTInfusion infusion, BodyMeasurements measurements)
        {
            (string check, string detail) = Check(infusion, measurements);
            return new CarTInfusionLine(
                patient,
                infusion.Date,
                infusion.InfusionNumber,
                infusion.Product.Name,
                infusion.Product.Status.ToString(),
                infusion.Source.ToString(),
                infusion.Dose.ToString(),
                infusion.Lymphodepletion.Select(Agent).ToList(),
                check,
                detail);
        }

        private static (string Check, string Detail) Check(CarTInfusion infusion, BodyMeasurements measurements)
        {
            try
            {
                (string check, string detail) = ReportText.Of(infusion.CheckDose(measurements));
                return infusion.Product.LabelRegimen is { } regimen ? (check, $"{detail} ({regimen.Name}, {measurements.Weight.ToString()})") : (check, detail);
            }
            catch (MissingBodyMeasurementException missing)
            {
                return ("not comparable", missing.Message);
            }
        }
    }
}
