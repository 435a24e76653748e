using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The adult ASTCT consensus ICANS grade computed from its findings (Lee et al. 2019,
    /// <see cref="SourceReference.AstctCrsIcansGrading2019"/>): the most severe of the domains wins. ICE score 7–9 → 1, 3–6 → 2, 0–2 → 3,
    /// 0 and unarousable → 4; consciousness awakens spontaneously → 1, to voice → 2, only to touch → 3, unarousable → 4;
    /// seizure resolving rapidly or with intervention → 3, prolonged or repetitive → 4; deep focal motor weakness → 4;
    /// focal oedema on imaging → 3, diffuse oedema or its signs → 4. The grading keeps its findings and each domain's
    /// contribution. JSON: <c>Grade</c> and <c>Findings</c>; on reading, the grade must be the one the findings give.
    /// </summary>
    public sealed record IcansGrading
    {
        [JsonConstructor]
        private IcansGrading(IcansFindings findings, IcansGrade grade)
        {
            Findings = DomainJson.Create(() => DomainJson.RequireNotNull(findings, nameof(IcansGrading), nameof(Findings)));
            Contributions = ContributionsOf(findings);
            Grade = (IcansGrade)Contributions.Max(c => c.Grade);
            ConsensusGrade.RequireComputed(grade, Grade, nameof(IcansGrading));
        }

        /// <summary>The grade.</summary>
        public IcansGrade Grade { get; }

        /// <summary>The findings the grade was computed from.</summary>
        public IcansFindings Findings { get; }

        /// <summary>Each domain's finding and the grade it gives alone.</summary>
        public IReadOnlyList<GradeContribution> Contributions { get; }

        /// <summary>The contributions that set the grade (the most severe ones); empty when there is no ICANS.</summary>
        [JsonIgnore]
        public IEnumerable<GradeContribution> DecidingContributions =>
            ConsensusGrade.Deciding(Contributions, (int)Grade);

        /// <summary>Grades the findings.</summary>
        /// <param name="findings">The ICANS findings.</param>
        /// <returns>The grading.</returns>
        public static IcansGrading Of(IcansFindings findings)
        {
            System.ArgumentNullException.ThrowIfNull(findings);
            return new IcansGrading(findings, (IcansGrade)ContributionsOf(findings).Max(c => c.Grade));
        }

        /// <summary>"ICANS grade 2 (ICE score: 5/10 → grade 2)".</summary>
        /// <returns>The grade and why.</returns>
        public override string ToString() =>
            Grade == IcansGrade.NoIcans ? "no ICANS" : $"ICANS grade {(int)Grade} ({string.Join("; ", DecidingContributions)})";

        /// <summary>The grade the ICE score alone gives: 10 → 0, 7–9 → 1, 3–6 → 2, 0–2 → 3 (grade 4 needs the patient to be unarousable).</summary>
        /// <param name="iceScore">The ICE score.</param>
        /// <returns>The grade 0–3.</returns>
        public static int GradeOfIceScore(IceScore iceScore) => iceScore.Value switch
        {
            >= 10 => 0,
            >= 7 => 1,
            >= 3 => 2,
            _ => 3,
        };

        private static GradeContribution[] ContributionsOf(IcansFindings findings) =>
        [
            new("ICE score", string.Create(CultureInfo.InvariantCulture, $"{findings.IceScore}/10"), GradeOfIceScore(findings.IceScore)),
            .. IcansDomains.NonCognitive(findings.Consciousness, findings.Seizure, findings.Motor, findings.CerebralOedema),
        ];
    }
}
