using System.Collections.Generic;
using System.Linq;
using AllTx.Domain.Maintenance;
using AllTx.Domain.Mrd;
using AllTx.Samples.Surveillance.Cohort;

namespace AllTx.Samples.Surveillance.Report
{
    /// <summary>
    /// Assesses the maintenance considerations of <see cref="AllTx.Domain.SourceReference.RelapsePreventionAfterHsct"/> for every allo-HSCT patient through the SDK's
    /// <see cref="MaintenanceAssessment"/>, from the recorded disease facts, the transplant (MRD at transplant, conditioning)
    /// and complications. What is not recorded stays unknown; nothing is ranked or recommended.
    /// </summary>
    internal static class MaintenanceSectionBuilder
    {
        public static MaintenanceSection Build(IEnumerable<PatientCourse> patients) => new(
            MaintenanceEvidenceCatalogue.All.Select(Evidence).ToList(),
            patients.Where(patient => patient.Course.Therapy == MrdMonitoringAnchor.AllogeneicHsct).Select(Line).ToList());

        private static MaintenanceLine Line(PatientCourse patient)
        {
            MaintenanceAssessment assessment = MaintenanceAssessment.Of(ContextOf(patient));
            return new MaintenanceLine(
                patient.Label,
                assessment.Present.Select(finding => new ConsiderationLine(finding.Consideration.ToString(), Detail(finding, patient))).ToList(),
                assessment.Unknown.Select(consideration => consideration.ToString()).ToList(),
                assessment.Strategies.Select(strategy => new AgentFitLine(Name(strategy.Evidence.Strategy), Fit(strategy.Fit), strategy.Basis)).ToList());
        }

        // The SDK states MRD at transplant through the status record's ToString ("MrdPositive { Level = … }"); the report
        // words it as its MRD section does.
        private static string Detail(ConsiderationFinding finding, PatientCourse patient) =>
            finding.Consideration == MaintenanceConsideration.MrdAtTransplant && patient.Transplant?.MrdAtTransplant is { } mrd
                ? $"MRD at transplant: {ReportText.Of(mrd.StatusAgainst()).Status}, {ReportText.Of(mrd.StatusAgainst()).Detail}"
                : finding.Detail;

        private static MaintenanceContext ContextOf(PatientCourse patient) => MaintenanceContext.Unknown with
        {
            RiskGroup = patient.Disease?.RiskGroup,
            Philadelphia = patient.Disease?.Philadelphia,
            Cd19 = patient.Disease?.Cd19,
            Cd22 = patient.Disease?.Cd22,
            MrdAtTransplant = patient.Transplant?.MrdAtTransplant?.StatusAgainst(),
            Conditioning = patient.Transplant?.Conditioning.Intensity,
            ActiveGvhd = patient.Complications?.ActiveGvhd,
            ActiveInfection = patient.Complications?.ActiveInfection,
        };

        private static MaintenanceEvidenceLine Evidence(MaintenanceEvidence evidence) => new(
            Name(evidence.Strategy),
            evidence.Finding,
            evidence.Trials.Select(trial => trial.ToString()).ToList(),
            evidence.Patients,
            evidence.Outcomes.Select(ReportText.Of).ToList(),
            evidence.Source.Citation);

        internal static string Name(MaintenanceStrategy strategy) => strategy switch
        {
            MaintenanceStrategy.TkiMaintenance => "TKI maintenance",
            MaintenanceStrategy.ProphylacticOrPreEmptiveDli => "prophylactic / pre-emptive DLI",
            MaintenanceStrategy.BlinatumomabMaintenance => "blinatumomab maintenance",
            MaintenanceStrategy.LowDoseInotuzumabMaintenance => "low-dose inotuzumab maintenance",
            MaintenanceStrategy.ProphylacticDonorDerivedCarT => "prophylactic donor-derived CAR-T",
            _ => strategy.ToString(),
        };

        private static string Fit(AgentFit fit) => fit switch
        {
            AgentFit.Fits => "fits",
            AgentFit.DoesNotFit => "does not fit",
            AgentFit.Unknown => "unknown",
            _ => fit.ToString(),
        };
    }
}
