using System.Text.Json.Serialization;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// What ASTCT ICANS grading looks at in a child under 12 years, or an older child with baseline developmental delay
    /// (<see cref="AstctConsensus.Grading2019"/>): the <see cref="CapdScore"/> (or that the CAPD could not be performed) in
    /// place of the ICE score, and the same level of consciousness, seizure, motor and cerebral oedema domains as adults.
    /// From 12 years without developmental delay the ICE score applies (<see cref="IcansFindings"/>), so such an age is
    /// refused. Exactly one of <see cref="Capd"/> and <see cref="UnableToPerformCapd"/> is given, so a CAPD that was simply
    /// not recorded never grades. An unarousable child cannot be assessed, so a CAPD score with
    /// <see cref="ConsciousnessLevel.Unarousable"/> is refused.
    /// </summary>
    public sealed record PaediatricIcansFindings : IJsonOnDeserialized
    {
        /// <summary>The youngest age, in completed years, at which the ICE score replaces the CAPD: 12.</summary>
        public const int IceScoreFromAge = 12;

        [JsonConstructor]
        private PaediatricIcansFindings(AgeInYears age)
        {
            Age = age;
        }

        /// <summary>The child's age in completed years.</summary>
        [JsonInclude]
        [JsonRequired]
        public AgeInYears Age { get; private init; }

        /// <summary>True for a child of 12 or older with baseline developmental delay, who is assessed with the CAPD too.</summary>
        [JsonInclude]
        public bool DevelopmentalDelay { get; private init; }

        /// <summary>The CAPD score, or null when the CAPD could not be performed (<see cref="UnableToPerformCapd"/>).</summary>
        [JsonInclude]
        public CapdScore? Capd { get; private init; }

        /// <summary>True when the CAPD could not be performed (grade 4 in ASTCT paediatric grading).</summary>
        [JsonInclude]
        public bool UnableToPerformCapd { get; private init; }

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

        /// <summary>The findings of one paediatric ICANS assessment with a CAPD score.</summary>
        /// <param name="age">The child's age; under 12 unless <paramref name="developmentalDelay"/>.</param>
        /// <param name="capd">The CAPD score, 0–32.</param>
        /// <param name="consciousness">The level of consciousness; not <see cref="ConsciousnessLevel.Unarousable"/> (the CAPD cannot then be performed).</param>
        /// <param name="seizure">Seizures.</param>
        /// <param name="motor">Motor findings.</param>
        /// <param name="cerebralOedema">Raised intracranial pressure / cerebral oedema.</param>
        /// <param name="developmentalDelay">True for a child of 12 or older with baseline developmental delay.</param>
        /// <returns>The findings.</returns>
        /// <exception cref="DomainValidationException">An age the CAPD does not apply to, a CAPD score while unarousable, an uninitialised value or an undeclared member.</exception>
        public static PaediatricIcansFindings Of(AgeInYears age, CapdScore capd, ConsciousnessLevel consciousness, SeizureFinding seizure, MotorFinding motor, CerebralOedemaFinding cerebralOedema, bool developmentalDelay = false) =>
            Checked(new PaediatricIcansFindings(age) { DevelopmentalDelay = developmentalDelay, Capd = capd.Require(nameof(capd)), Consciousness = consciousness, Seizure = seizure, Motor = motor, CerebralOedema = cerebralOedema });

        /// <summary>The findings of one paediatric ICANS assessment in which the CAPD could not be performed.</summary>
        /// <param name="age">The child's age; under 12 unless <paramref name="developmentalDelay"/>.</param>
        /// <param name="consciousness">The level of consciousness.</param>
        /// <param name="seizure">Seizures.</param>
        /// <param name="motor">Motor findings.</param>
        /// <param name="cerebralOedema">Raised intracranial pressure / cerebral oedema.</param>
        /// <param name="developmentalDelay">True for a child of 12 or older with baseline developmental delay.</param>
        /// <returns>The findings.</returns>
        /// <exception cref="DomainValidationException">An age the CAPD does not apply to, an uninitialised value or an undeclared member.</exception>
        public static PaediatricIcansFindings WithoutCapd(AgeInYears age, ConsciousnessLevel consciousness, SeizureFinding seizure, MotorFinding motor, CerebralOedemaFinding cerebralOedema, bool developmentalDelay = false) =>
            Checked(new PaediatricIcansFindings(age) { DevelopmentalDelay = developmentalDelay, UnableToPerformCapd = true, Consciousness = consciousness, Seizure = seizure, Motor = motor, CerebralOedema = cerebralOedema });

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => Check(this));

        private static PaediatricIcansFindings Checked(PaediatricIcansFindings findings)
        {
            Check(findings);
            return findings;
        }

        private static void Check(PaediatricIcansFindings findings)
        {
            AgeInYears age = findings.Age.Require(nameof(Age));
            DomainEnum.Require(findings.Consciousness, nameof(Consciousness));
            DomainEnum.Require(findings.Seizure, nameof(Seizure));
            DomainEnum.Require(findings.Motor, nameof(Motor));
            DomainEnum.Require(findings.CerebralOedema, nameof(CerebralOedema));
            if (age.Value >= IceScoreFromAge && !findings.DevelopmentalDelay)
            {
                throw new DomainValidationException(nameof(PaediatricIcansFindings), $"Age must be under {IceScoreFromAge} years for CAPD-based grading unless the child has baseline developmental delay; from {IceScoreFromAge} the ICE score applies (IcansFindings; {AstctConsensus.Grading2019})", age.ToString(), nameof(Age));
            }

            if (findings.Capd.HasValue == findings.UnableToPerformCapd)
            {
                throw new DomainValidationException(nameof(PaediatricIcansFindings), "must give exactly one of Capd and UnableToPerformCapd", findings.Capd is null ? "neither" : "both", nameof(Capd));
            }

            if (findings.Capd is { } score && findings.Consciousness == ConsciousnessLevel.Unarousable)
            {
                throw new DomainValidationException(nameof(PaediatricIcansFindings), "Capd cannot be scored while the child is unarousable (record UnableToPerformCapd)", score.ToString(), nameof(Capd));
            }
        }
    }
}
