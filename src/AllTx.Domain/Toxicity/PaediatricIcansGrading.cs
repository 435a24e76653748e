using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The ASTCT consensus ICANS grade of a child assessed with the CAPD (Lee et al. 2019,
    /// <see cref="AstctConsensus.Grading2019"/>): the most severe domain wins. CAPD 0 → no ICANS from this domain, 1–8 → 1
    /// (grade 2 needs the child to awaken only to voice), 9 or more → 3, unable to perform the CAPD → 4; the consciousness,
    /// seizure, motor and cerebral oedema domains grade as in adults (<see cref="IcansGrading"/>). JSON: <c>Grade</c> and
    /// <c>Findings</c>; on reading, the grade must be the one the findings give.
    /// </summary>
    public sealed record PaediatricIcansGrading
    {
        /// <summary>The lowest CAPD score that gives grade 3 on its own: 9.</summary>
        public const int CapdGrade3From = 9;

        [JsonConstructor]
        private PaediatricIcansGrading(PaediatricIcansFindings findings, IcansGrade grade)
        {
            Findings = DomainJson.Create(() => DomainJson.RequireNotNull(findings, nameof(PaediatricIcansGrading), nameof(Findings)));
            Contributions = ContributionsOf(findings);
            Grade = (IcansGrade)Contributions.Max(c => c.Grade);
            ConsensusGrade.RequireComputed(grade, Grade, nameof(PaediatricIcansGrading));
        }

        /// <summary>The grade.</summary>
        public IcansGrade Grade { get; }

        /// <summary>The findings the grade was computed from.</summary>
        public PaediatricIcansFindings Findings { get; }

        /// <summary>Each domain's finding and the grade it gives alone.</summary>
        public IReadOnlyList<GradeContribution> Contributions { get; }

        /// <summary>The contributions that set the grade (the most severe ones); empty when there is no ICANS.</summary>
        [JsonIgnore]
        public IEnumerable<GradeContribution> DecidingContributions => ConsensusGrade.Deciding(Contributions, (int)Grade);

        /// <summary>Grades the findings.</summary>
        /// <param name="findings">The paediatric ICANS findings.</param>
        /// <returns>The grading.</returns>
        public static PaediatricIcansGrading Of(PaediatricIcansFindings findings)
        {
            System.ArgumentNullException.ThrowIfNull(findings);
            return new PaediatricIcansGrading(findings, (IcansGrade)ContributionsOf(findings).Max(c => c.Grade));
        }

        /// <summary>The grade the CAPD alone gives: 0 → 0, 1–8 → 1, 9–32 → 3 (grade 4 is the CAPD that cannot be performed).</summary>
        /// <param name="capd">The CAPD score.</param>
        /// <returns>The grade 0, 1 or 3.</returns>
        public static int GradeOfCapdScore(CapdScore capd) => capd.Value switch
        {
            0 => 0,
            < CapdGrade3From => 1,
            _ => 3,
        };

        /// <summary>"ICANS grade 3 (CAPD: 9/32 → grade 3)".</summary>
        /// <returns>The grade and why.</returns>
        public override string ToString() =>
            Grade == IcansGrade.NoIcans ? "no ICANS" : $"ICANS grade {(int)Grade} ({string.Join("; ", DecidingContributions)})";

        private static GradeContribution[] ContributionsOf(PaediatricIcansFindings findings) =>
        [
            findings.Capd is { } capd
                ? new("CAPD", string.Create(CultureInfo.InvariantCulture, $"{capd}/32"), GradeOfCapdScore(capd))
                : new("CAPD", "unable to perform the CAPD", 4),
            .. IcansDomains.NonCognitive(findings.Consciousness, findings.Seizure, findings.Motor, findings.CerebralOedema),
        ];
    }
}
