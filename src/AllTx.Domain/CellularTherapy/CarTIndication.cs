using System;
using System.Globalization;
using AllTx.Domain.Patients;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>
    /// The indication of an approved CAR-T product as its label words it: the product, the population, and the age limit
    /// the label sets. An age limit is an eligibility rule of the indication, not a dose rule: the dose rule stays in
    /// <see cref="ApprovedCarTRegimens"/>. Catalogue entries are in <see cref="CarTIndications"/>. Data, never advice.
    /// </summary>
    public sealed record CarTIndication
    {
        private CarTIndication(string product, string population, AgeInYears oldestAge, SourceReference source)
        {
            Product = product;
            Population = population;
            OldestAge = oldestAge;
            Source = source;
        }

        /// <summary>The product, e.g. "tisagenlecleucel".</summary>
        public string Product { get; }

        /// <summary>The population in the label's words, e.g. "B-cell precursor ALL that is refractory or in second or later relapse".</summary>
        public string Population { get; }

        /// <summary>The oldest age in completed years the indication covers, included ("up to 25 years of age" → 25).</summary>
        public AgeInYears OldestAge { get; }

        /// <summary>The label the indication is read from.</summary>
        public SourceReference Source { get; }

        /// <summary>Whether a patient's age lies within the indication: at most <see cref="OldestAge"/>.</summary>
        /// <param name="age">The patient's age in completed years.</param>
        /// <returns>The finding, with the reason in words.</returns>
        /// <exception cref="DomainValidationException">An uninitialised age.</exception>
        public IndicationAgeFinding CheckAge(AgeInYears age)
        {
            age.Require(nameof(age));
            bool within = age <= OldestAge;
            string reason = string.Create(
                CultureInfo.InvariantCulture,
                $"{Product} ({Population}): age {age} is {(within ? "within" : "outside")} the indication's limit of up to {OldestAge} (source: {Source})");
            return new IndicationAgeFinding(within, reason);
        }

        /// <summary>"tisagenlecleucel: B-cell precursor ALL …, up to 25 years".</summary>
        /// <returns>The indication in words.</returns>
        public override string ToString() => $"{Product}: {Population}, up to {OldestAge}";

        internal static CarTIndication UpToAge(string product, string population, int oldestAge, SourceReference source) =>
            new(product, population, AgeInYears.From(oldestAge), source ?? throw new ArgumentNullException(nameof(source)));
    }
}
