using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// What adult ASTCT ICANS grading looks at (<see cref="SourceReference.AstctCrsIcansGrading2019"/>): the <see cref="Toxicity.IceScore"/> (0–10), the level
    /// of consciousness, seizures, motor findings, and raised intracranial pressure / cerebral oedema. A patient who is
    /// unarousable cannot do the ICE assessment and scores 0, so an ICE score above 0 with
    /// <see cref="ConsciousnessLevel.Unarousable"/> is refused. Children under 12 are graded with the CAPD instead
    /// (<see cref="PaediatricIcansFindings"/>).
    /// </summary>
    public sealed record IcansFindings : IJsonOnDeserialized
    {
        [JsonConstructor]
        private IcansFindings(IceScore iceScore)
        {
            IceScore = iceScore;
        }

        /// <summary>The immune effector cell-associated encephalopathy (ICE) score, 0–10 (10 = no impairment).</summary>
        [JsonInclude]
        [JsonRequired]
        public IceScore IceScore { get; private init; }

        /// <summary>The level of consciousness.</summary>
        [JsonInclude]
        [JsonRequired]
        public ConsciousnessLevel Consciousness { get; private init; }

        /// <summary>Seizures.</summary>
        [JsonInclude]
        [JsonRequired]
        public SeizureFinding Seizure { get; private init; }

        /// <summary>Motor findings.</summary>
        [JsonInclude]
        [JsonRequired]
        public MotorFinding Motor { get; private init; }

        /// <summary>Raised intracranial pressure / cerebral oedema.</summary>
        [JsonInclude]
        [JsonRequired]
        public CerebralOedemaFinding CerebralOedema { get; private init; }

        /// <summary>The findings of one ICANS assessment.</summary>
        /// <param name="iceScore">The ICE score, 0–10; 0 when the patient is unarousable.</param>
        /// <param name="consciousness">The level of consciousness.</param>
        /// <param name="seizure">Seizures.</param>
        /// <param name="motor">Motor findings.</param>
        /// <param name="cerebralOedema">Raised intracranial pressure / cerebral oedema.</param>
        /// <returns>The findings.</returns>
        /// <exception cref="DomainValidationException">An uninitialised ICE score, an ICE score above 0 while unarousable, or an undeclared member.</exception>
        public static IcansFindings Of(IceScore iceScore, ConsciousnessLevel consciousness, SeizureFinding seizure, MotorFinding motor, CerebralOedemaFinding cerebralOedema)
        {
            Check(iceScore, consciousness, seizure, motor, cerebralOedema);
            return new IcansFindings(iceScore) { Consciousness = consciousness, Seizure = seizure, Motor = motor, CerebralOedema = cerebralOedema };
        }

        /// <summary>Findings with only an ICE score recorded and every other domain normal.</summary>
        /// <param name="iceScore">The ICE score, 0–10.</param>
        /// <returns>The findings.</returns>
        public static IcansFindings IceScoreOnly(IceScore iceScore) =>
            Of(iceScore, ConsciousnessLevel.NotDepressed, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None);

        void IJsonOnDeserialized.OnDeserialized() =>
            DomainJson.Validate(() => Check(IceScore, Consciousness, Seizure, Motor, CerebralOedema));

        private static void Check(IceScore iceScore, ConsciousnessLevel consciousness, SeizureFinding seizure, MotorFinding motor, CerebralOedemaFinding cerebralOedema)
        {
            iceScore.Require(nameof(IceScore));
            DomainEnum.Require(consciousness, nameof(Consciousness));
            DomainEnum.Require(seizure, nameof(Seizure));
            DomainEnum.Require(motor, nameof(Motor));
            DomainEnum.Require(cerebralOedema, nameof(CerebralOedema));
            if (consciousness == ConsciousnessLevel.Unarousable && iceScore.Value != 0)
            {
                throw new DomainValidationException(nameof(IcansFindings), "IceScore must be 0 when the patient is unarousable (the ICE assessment cannot be done)", iceScore.ToString(), nameof(IceScore));
            }
        }
    }
}
