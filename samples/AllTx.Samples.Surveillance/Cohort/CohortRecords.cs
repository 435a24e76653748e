using System;
using System.Collections.Generic;
using AllTx.Domain.CellularTherapy;
using AllTx.Domain.Disease;
using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Mrd;
using AllTx.Domain.Patients;
using AllTx.Domain.Registry;
using AllTx.Domain.Relapse;
using AllTx.Domain.Transplant;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>The treatment the surveillance follows: allo-HSCT or CAR-T, its day 0, and whether the patient was in haematological remission before it.</summary>
    /// <param name="Therapy">Allogeneic HSCT or CAR T-cell therapy.</param>
    /// <param name="Day0">The infusion date.</param>
    /// <param name="InRemissionBefore">True when in haematological remission before treatment (an MRD assessment before it is then planned, <see cref="AllTx.Domain.SourceReference.RelapsePreventionAfterHsct"/>).</param>
    public sealed record TherapyCourse(MrdMonitoringAnchor Therapy, DateOnly Day0, bool InRemissionBefore);

    /// <summary>A dose given on a day of a treatment cycle.</summary>
    /// <param name="Drug">The drug catalogue identifier.</param>
    /// <param name="Dose">The prescribed dose: amount, UCUM unit and, for cells, which cells.</param>
    /// <param name="Day">The cycle day.</param>
    public sealed record DoseRecord(DrugId Drug, Dose Dose, CycleDay Day);

    /// <summary>A relapse as the laboratory reports it; its phenotype is classified from the immunophenotype, never entered.</summary>
    /// <param name="Immunophenotype">CD19 expression, myeloid markers and prior CD19-directed therapy.</param>
    /// <param name="Timing">Relative to prior therapy.</param>
    /// <param name="Site">Marrow, extramedullary or both.</param>
    /// <param name="Depth">Molecular or haematological.</param>
    /// <param name="Date">The date of diagnosis.</param>
    public sealed record RelapseRecord(RelapseImmunophenotype Immunophenotype, RelapseTiming Timing, RelapseSite Site, RelapseDepth Depth, DateOnly Date);

    /// <summary>A dose whose drug is in the catalogue and accepts the dose's unit.</summary>
    /// <param name="Drug">The catalogue entry.</param>
    /// <param name="Record">The dose record.</param>
    public sealed record CheckedDose(Drug Drug, DoseRecord Record);

    /// <summary>Everything valid that the cohort holds about one patient.</summary>
    /// <param name="Patient">The patient facts.</param>
    /// <param name="Course">The treatment followed.</param>
    /// <param name="MrdResults">The valid MRD results.</param>
    /// <param name="Doses">The valid doses.</param>
    /// <param name="Relapses">The valid relapse records.</param>
    public sealed record PatientCourse(Patient Patient, TherapyCourse Course, IReadOnlyList<MrdResult> MrdResults, IReadOnlyList<CheckedDose> Doses, IReadOnlyList<RelapseRecord> Relapses)
    {
        /// <summary>The allogeneic transplant of an allo-HSCT course, when recorded and valid.</summary>
        public StemCellTransplant? Transplant { get; init; }

        /// <summary>The CAR-T infusion of a CAR-T course, when recorded and valid.</summary>
        public CarTInfusion? CarTInfusion { get; init; }

        /// <summary>The disease facts the maintenance considerations look at, when recorded.</summary>
        public DiseaseFacts? Disease { get; init; }

        /// <summary>Post-transplant complications, when recorded.</summary>
        public ComplicationFacts? Complications { get; init; }

        /// <summary>The valid SOS/VOD assessments after HSCT (the hepatotoxicity of inotuzumab's boxed warning).</summary>
        public IReadOnlyList<AllTx.Domain.Toxicity.SosVodFindings> SosVodAssessments { get; init; } = [];

        /// <summary>The genetic findings of the leukaemia, when recorded and valid.</summary>
        public LeukaemiaGenetics? Genetics { get; init; }

        /// <summary>The HCT-CI before transplant, when recorded and valid.</summary>
        public HctCiAssessment? HctCi { get; init; }

        /// <summary>The patient's identifier as text, for this team-internal report (the cohort is fictional).</summary>
        public string Label => Patient.Id.Value;
    }

    /// <summary>A record the SDK refused: which patient, which field, the value and the rule it breaks.</summary>
    /// <param name="Patient">The patient's identifier as written in the file, or its position when unreadable.</param>
    /// <param name="Field">The field, as a path in the patient's entry, e.g. <c>doses[0].dose.unit</c>.</param>
    /// <param name="Value">The refused value as written (JSON), or "(missing)".</param>
    /// <param name="Rule">The rule, as the SDK states it.</param>
    public sealed record Rejection(string Patient, string Field, string Value, string Rule);

    /// <summary>A cohort read through the SDK: the valid part, every rejection, and how many patient entries were read.</summary>
    /// <param name="Name">The cohort's name.</param>
    /// <param name="AsOf">The day the report is made for.</param>
    /// <param name="PatientsRead">Patient entries in the file.</param>
    /// <param name="Patients">Patients whose identity, measurements and course are valid.</param>
    /// <param name="Rejections">Every refused record.</param>
    public sealed record CohortReading(string Name, DateOnly AsOf, int PatientsRead, IReadOnlyList<PatientCourse> Patients, IReadOnlyList<Rejection> Rejections);
}
