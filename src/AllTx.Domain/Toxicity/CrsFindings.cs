using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// What ASTCT CRS grading looks at (<see cref="SourceReference.AstctCrsIcansGrading2019"/>): fever, hypotension and the oxygen needed
    /// for hypoxia. Organ toxicities are not part of the CRS grade (they are graded with CTCAE). The findings must not be
    /// attributable to any other cause; that judgement stays with the clinician.
    /// </summary>
    public sealed record CrsFindings
    {
        [JsonConstructor]
        private CrsFindings(FeverStatus fever, Hypotension hypotension, OxygenRequirement oxygen)
        {
            DomainJson.Validate(() => Check(fever, hypotension, oxygen));
            Fever = fever;
            Hypotension = hypotension;
            Oxygen = oxygen;
        }

        /// <summary>Fever (≥ 38.0 °C), or fever masked by CRS treatment.</summary>
        public FeverStatus Fever { get; }

        /// <summary>Hypotension and the vasopressors it needs.</summary>
        public Hypotension Hypotension { get; }

        /// <summary>The oxygen support hypoxia needs.</summary>
        public OxygenRequirement Oxygen { get; }

        /// <summary>The findings of one CRS assessment.</summary>
        /// <param name="fever">The fever status.</param>
        /// <param name="hypotension">The hypotension finding.</param>
        /// <param name="oxygen">The oxygen requirement.</param>
        /// <returns>The findings.</returns>
        /// <exception cref="DomainValidationException">A value that is not a declared member.</exception>
        public static CrsFindings Of(FeverStatus fever, Hypotension hypotension, OxygenRequirement oxygen)
        {
            Check(fever, hypotension, oxygen);
            return new CrsFindings(fever, hypotension, oxygen);
        }

        private static void Check(FeverStatus fever, Hypotension hypotension, OxygenRequirement oxygen)
        {
            DomainEnum.Require(fever, nameof(Fever));
            DomainEnum.Require(hypotension, nameof(Hypotension));
            DomainEnum.Require(oxygen, nameof(Oxygen));
        }
    }
}
