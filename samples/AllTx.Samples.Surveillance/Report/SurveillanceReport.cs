using System;
using System.Collections.Generic;
using AllTx.Domain.Mrd;
using AllTx.Domain.Relapse;
using AllTx.Samples.Surveillance.Cohort;

namespace AllTx.Samples.Surveillance.Report
{
    /// <summary>The post-transplant surveillance report of a cohort on one day.</summary>
    /// <param name="Cohort">The cohort's name.</param>
    /// <param name="AsOf">The day the report is made for.</param>
    /// <param name="PatientsRead">Patient entries read.</param>
    /// <param name="PatientsProcessed">Patients whose identity, measurements and course are valid.</param>
    /// <param name="Rejections">Every record the SDK refused.</param>
    /// <param name="Monitoring">MRD monitoring adherence per the monitoring plan (<see cref="AllTx.Domain.SourceReference.RelapsePreventionAfterHsct"/>).</param>
    /// <param name="MrdStatus">Each patient's latest MRD result with its method, specimen and status.</param>
    /// <param name="Relapses">Relapses by phenotype with the salvage options the sources name.</param>
    /// <param name="IndeterminateRelapses">Relapses whose phenotype the findings cannot place, with what is missing.</param>
    /// <param name="DoseChecks">Each dose against the label range where the catalogue has a label regimen.</param>
    /// <param name="Transplants">Each valid allogeneic transplant: donor, HLA match, graft, conditioning, GvHD prophylaxis, status and MRD at transplant.</param>
    /// <param name="CarTInfusions">Each valid CAR-T infusion with its dose checked against the product's dose rule.</param>
    /// <param name="Maintenance">Maintenance considerations present after allo-HSCT (<see cref="AllTx.Domain.SourceReference.RelapsePreventionAfterHsct"/>): evidence and factors, never a recommendation.</param>
    public sealed partial record SurveillanceReport(
        string Cohort,
        DateOnly AsOf,
        int PatientsRead,
        int PatientsProcessed,
        IReadOnlyList<Rejection> Rejections,
        MonitoringAdherence Monitoring,
        IReadOnlyList<MrdStatusLine> MrdStatus,
        IReadOnlyList<PhenotypeGroup> Relapses,
        IReadOnlyList<IndeterminateRelapse> IndeterminateRelapses,
        IReadOnlyList<DoseCheckLine> DoseChecks,
        IReadOnlyList<TransplantLine> Transplants,
        IReadOnlyList<CarTInfusionLine> CarTInfusions,
        MaintenanceSection Maintenance)
    {
        /// <summary>Each allo-HSCT patient's genetics, HCT-CI and refined DRI at transplant.</summary>
        public IReadOnlyList<TransplantRiskLine> TransplantRisk { get; init; } = [];
    }

    /// <summary>How the planned MRD assessments stand.</summary>
    /// <param name="Completed">Assessments done.</param>
    /// <param name="Due">Windows open today without a result.</param>
    /// <param name="Overdue">Windows closed without a result.</param>
    /// <param name="Upcoming">Windows that open later.</param>
    /// <param name="DueAssessments">The due assessments.</param>
    /// <param name="OverdueAssessments">The overdue assessments.</param>
    public sealed record MonitoringAdherence(int Completed, int Due, int Overdue, int Upcoming, IReadOnlyList<AssessmentLine> DueAssessments, IReadOnlyList<AssessmentLine> OverdueAssessments);

    /// <summary>One planned assessment of one patient.</summary>
    /// <param name="Patient">The patient.</param>
    /// <param name="Therapy">The treatment the plan follows.</param>
    /// <param name="Purpose">Which assessment, e.g. "after allo-HSCT, assessment 2".</param>
    /// <param name="Earliest">The first day of the window; null for the assessment before treatment.</param>
    /// <param name="Latest">The last day of the window.</param>
    public sealed record AssessmentLine(string Patient, MrdMonitoringAnchor Therapy, string Purpose, DateOnly? Earliest, DateOnly Latest);

    /// <summary>A patient's latest MRD result and its status against the default threshold (1e-4).</summary>
    /// <param name="Patient">The patient.</param>
    /// <param name="SampleDate">The sample date.</param>
    /// <param name="Method">The assay method.</param>
    /// <param name="Specimen">The specimen.</param>
    /// <param name="Status">The status, e.g. "MRD-negative".</param>
    /// <param name="Detail">The level or sensitivity behind it.</param>
    public sealed record MrdStatusLine(string Patient, DateOnly SampleDate, MrdMethod Method, MrdSpecimen Specimen, string Status, string Detail);

    /// <summary>The relapses of one phenotype.</summary>
    /// <param name="Phenotype">The phenotype.</param>
    /// <param name="Count">How many relapses.</param>
    /// <param name="Patients">Whose.</param>
    /// <param name="SalvageOptions">The salvage options the sources name for this phenotype (data, not advice).</param>
    public sealed record PhenotypeGroup(string Phenotype, int Count, IReadOnlyList<string> Patients, IReadOnlyList<SalvageOption> SalvageOptions);

    /// <summary>A relapse whose phenotype cannot be placed.</summary>
    /// <param name="Patient">The patient.</param>
    /// <param name="Date">The relapse date.</param>
    /// <param name="Reason">What is missing or conflicting.</param>
    public sealed record IndeterminateRelapse(string Patient, DateOnly Date, string Reason);

    /// <summary>One dose checked against its label range.</summary>
    /// <param name="Patient">The patient.</param>
    /// <param name="Drug">The drug.</param>
    /// <param name="Prescribed">The prescribed dose.</param>
    /// <param name="Absolute">The absolute dose for the patient, or why it cannot be computed.</param>
    /// <param name="Check">within, above, below, not comparable, or no label regimen.</param>
    /// <param name="Detail">The label range, excess or shortfall, or the reason.</param>
    public sealed record DoseCheckLine(string Patient, string Drug, string Prescribed, string Absolute, string Check, string Detail);
}
