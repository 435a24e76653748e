using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// A patient's performance status on the scale that fits the age, as the CIBMTR forms record it
    /// (<see cref="SourceReference.CibmtrPerformanceScaleByAge"/>): Karnofsky from 16 years, Lansky from 1 to less than 16
    /// years, no score under 1 year. A closed union ([Union]): handle it with the generated <c>Match</c>. Build it with
    /// <see cref="ForAge"/>, which picks the scale, or with <see cref="Karnofsky(KarnofskyPerformanceStatus, AgeInYears)"/> /
    /// <see cref="Lansky(LanskyPerformanceStatus, AgeInYears)"/>, which refuse the wrong scale for the age. JSON: an
    /// object with a <c>kind</c> discriminator.
    /// </summary>
    [Union]
    public abstract partial record PerformanceStatus
    {
        /// <summary>The youngest age with a Karnofsky score: 16 years.</summary>
        public const int KarnofskyFromAge = 16;

        /// <summary>The youngest age with a Lansky score: 1 year.</summary>
        public const int LanskyFromAge = 1;

        /// <summary>The status of <paramref name="score"/> (0 to 100 in steps of 10) on the scale for <paramref name="age"/>.</summary>
        /// <param name="score">The score.</param>
        /// <param name="age">The patient's age when scored.</param>
        /// <returns>A Karnofsky status from 16 years, a Lansky status from 1 to less than 16 years.</returns>
        /// <exception cref="ValueObjectValidationException">The score is not 0 to 100 in steps of 10.</exception>
        /// <exception cref="DomainValidationException">The patient is younger than 1 year (neither scale applies).</exception>
        public static PerformanceStatus ForAge(int score, AgeInYears age) =>
            age.Require(nameof(age)).Value >= KarnofskyFromAge
                ? new KarnofskyStatus(KarnofskyPerformanceStatus.From(score))
                : Lansky(LanskyPerformanceStatus.From(score), age);

        /// <summary>A Karnofsky status, refused for a patient younger than 16.</summary>
        /// <param name="score">The Karnofsky score.</param>
        /// <param name="age">The patient's age when scored.</param>
        /// <returns>The status.</returns>
        /// <exception cref="DomainValidationException">The patient is younger than 16 (use the Lansky scale).</exception>
        public static PerformanceStatus Karnofsky(KarnofskyPerformanceStatus score, AgeInYears age) =>
            age.Require(nameof(age)).Value >= KarnofskyFromAge
                ? new KarnofskyStatus(score)
                : throw new DomainValidationException(nameof(PerformanceStatus), $"uses the Karnofsky scale from {KarnofskyFromAge} years (CIBMTR Form 2400); under {KarnofskyFromAge} use the Lansky scale", Describe(age), nameof(age));

        /// <summary>A Lansky status, refused for a patient aged 16 or older or younger than 1.</summary>
        /// <param name="score">The Lansky score.</param>
        /// <param name="age">The patient's age when scored.</param>
        /// <returns>The status.</returns>
        /// <exception cref="DomainValidationException">The patient is 16 or older (use Karnofsky) or younger than 1 (no scale).</exception>
        public static PerformanceStatus Lansky(LanskyPerformanceStatus score, AgeInYears age) =>
            age.Require(nameof(age)).Value switch
            {
                >= KarnofskyFromAge => throw new DomainValidationException(nameof(PerformanceStatus), $"uses the Lansky scale from {LanskyFromAge} to less than {KarnofskyFromAge} years (CIBMTR Form 2400); from {KarnofskyFromAge} use the Karnofsky scale", Describe(age), nameof(age)),
                < LanskyFromAge => throw new DomainValidationException(nameof(PerformanceStatus), $"has no score under {LanskyFromAge} year: neither the Karnofsky nor the Lansky scale applies (CIBMTR Form 2400 leaves it blank)", Describe(age), nameof(age)),
                _ => new LanskyStatus(score),
            };

        private static string Describe(AgeInYears age) => age.Value.ToString(CultureInfo.InvariantCulture) + " years";

        /// <summary>A Karnofsky score (patients aged 16 or older).</summary>
        /// <param name="Score">The score.</param>
        public sealed partial record KarnofskyStatus(KarnofskyPerformanceStatus Score) : PerformanceStatus
        {
            /// <summary>The score.</summary>
            [JsonRequired]
            public KarnofskyPerformanceStatus Score { get; init; } = Score.Require(nameof(Score));
        }

        /// <summary>A Lansky score (children aged 1 to less than 16).</summary>
        /// <param name="Score">The score.</param>
        public sealed partial record LanskyStatus(LanskyPerformanceStatus Score) : PerformanceStatus
        {
            /// <summary>The score.</summary>
            [JsonRequired]
            public LanskyPerformanceStatus Score { get; init; } = Score.Require(nameof(Score));
        }
    }
}
