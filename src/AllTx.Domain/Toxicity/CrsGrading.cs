using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The ASTCT consensus CRS grade computed from its findings (Lee et al. 2019, <see cref="SourceReference.AstctCrsIcansGrading2019"/>):
    /// without fever (or fever masked by CRS treatment) there is no CRS; otherwise the grade is the most severe of
    /// fever (1), hypotension (2 without vasopressors, 3 with one, 4 with several) and oxygen need (2 low-flow ≤ 6 L/min
    /// or blow-by, 3 high-flow &gt; 6 L/min or mask, 4 positive pressure). The grading keeps its findings and each domain's
    /// contribution. JSON: <c>Grade</c> and <c>Findings</c>; on reading, the grade must be the one the findings give.
    /// </summary>
    public sealed record CrsGrading
    {
        [JsonConstructor]
        private CrsGrading(CrsFindings findings, CrsGrade grade)
        {
            Findings = DomainJson.Create(() => DomainJson.RequireNotNull(findings, nameof(CrsGrading), nameof(Findings)));
            Contributions = ContributionsOf(findings);
            Grade = GradeOf(findings);
            ConsensusGrade.RequireComputed(grade, Grade, nameof(CrsGrading));
        }

        /// <summary>The grade.</summary>
        public CrsGrade Grade { get; }

        /// <summary>The findings the grade was computed from.</summary>
        public CrsFindings Findings { get; }

        /// <summary>Each domain's finding and the grade it gives alone (fever, hypotension, oxygen).</summary>
        public IReadOnlyList<GradeContribution> Contributions { get; }

        /// <summary>The contributions that set the grade (the most severe ones); empty when there is no CRS.</summary>
        [JsonIgnore]
        public IEnumerable<GradeContribution> DecidingContributions =>
            ConsensusGrade.Deciding(Contributions, (int)Grade);

        /// <summary>Grades the findings.</summary>
        /// <param name="findings">The CRS findings.</param>
        /// <returns>The grading.</returns>
        public static CrsGrading Of(CrsFindings findings)
        {
            System.ArgumentNullException.ThrowIfNull(findings);
            return new CrsGrading(findings, GradeOf(findings));
        }

        /// <summary>"grade 3 (hypotension: requiring one vasopressor → grade 3)".</summary>
        /// <returns>The grade and why.</returns>
        public override string ToString() =>
            Grade == CrsGrade.NoCrs ? "no CRS (no fever)" : $"CRS grade {(int)Grade} ({string.Join("; ", DecidingContributions)})";

        private static CrsGrade GradeOf(CrsFindings findings) =>
            findings.Fever == FeverStatus.Absent ? CrsGrade.NoCrs : (CrsGrade)ContributionsOf(findings).Max(c => c.Grade);

        private static GradeContribution[] ContributionsOf(CrsFindings findings) =>
        [
            new("fever", findings.Fever switch
            {
                FeverStatus.Present => "temperature ≥ 38.0 °C",
                FeverStatus.MaskedByCrsTreatment => "fever masked by antipyretic or anti-cytokine therapy for CRS",
                _ => "no fever",
            }, findings.Fever == FeverStatus.Absent ? 0 : 1),
            new("hypotension", findings.Hypotension switch
            {
                Hypotension.NotRequiringVasopressors => "hypotension not requiring vasopressors",
                Hypotension.RequiringOneVasopressor => "hypotension requiring one vasopressor (with or without vasopressin)",
                Hypotension.RequiringMultipleVasopressors => "hypotension requiring multiple vasopressors (excluding vasopressin)",
                _ => "no hypotension",
            }, findings.Hypotension switch
            {
                Hypotension.NotRequiringVasopressors => 2,
                Hypotension.RequiringOneVasopressor => 3,
                Hypotension.RequiringMultipleVasopressors => 4,
                _ => 0,
            }),
            new("hypoxia", findings.Oxygen switch
            {
                OxygenRequirement.LowFlowNasalCannulaOrBlowBy => "low-flow nasal cannula (≤ 6 L/min) or blow-by oxygen",
                OxygenRequirement.HighFlowNasalCannulaOrMask => "high-flow nasal cannula (> 6 L/min), facemask, non-rebreather or Venturi mask",
                OxygenRequirement.PositivePressure => "positive pressure (CPAP, BiPAP, intubation and mechanical ventilation)",
                _ => "no oxygen needed",
            }, findings.Oxygen switch
            {
                OxygenRequirement.LowFlowNasalCannulaOrBlowBy => 2,
                OxygenRequirement.HighFlowNasalCannulaOrMask => 3,
                OxygenRequirement.PositivePressure => 4,
                _ => 0,
            }),
        ];
    }
}
