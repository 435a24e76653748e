using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Radiotherapy
{
    /// <summary>
    /// A prescribed or delivered radiation dose: the total absorbed dose in gray (Gy, 1 Gy = 1 J/kg;
    /// <see cref="SourceReference.GrayUnit"/>) and, where given, the number of fractions it is delivered in, e.g. 12 Gy in
    /// 6 fractions of total body irradiation (<see cref="SourceReference.ForumTotalBodyIrradiationTrial"/>). It is not a
    /// <c>Dose</c>: a drug dose is an amount of substance with a UCUM unit and a basis, a radiation dose is energy absorbed per
    /// mass. It holds the physical dose only; biologically weighted doses (EQD2, BED) and dose-volume values are other
    /// quantities. JSON: <c>TotalGray</c> and, when given, <c>Fractions</c>.
    /// </summary>
    public sealed record RadiationDose : IJsonOnDeserialized
    {
        [JsonConstructor]
        private RadiationDose()
        {
        }

        /// <summary>The total dose in Gy, greater than 0.</summary>
        [JsonInclude]
        [JsonRequired]
        public decimal TotalGray { get; private init; }

        /// <summary>The number of fractions, at least 1; null when the source does not say.</summary>
        [JsonInclude]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Fractions { get; private init; }

        /// <summary>The dose of one fraction in Gy (<see cref="TotalGray"/> / <see cref="Fractions"/>); null when the fractions are not given.</summary>
        [JsonIgnore]
        public decimal? GrayPerFraction => Fractions is int fractions ? TotalGray / fractions : null;

        /// <summary>A total dose whose fractionation is not given, e.g. 12 Gy.</summary>
        /// <param name="totalGray">The total dose in Gy, greater than 0.</param>
        /// <returns>The radiation dose.</returns>
        /// <exception cref="DomainValidationException">The dose is not greater than 0.</exception>
        public static RadiationDose Total(decimal totalGray) => Create(totalGray, null);

        /// <summary>A total dose delivered in a number of fractions, e.g. 12 Gy in 6 fractions.</summary>
        /// <param name="totalGray">The total dose in Gy, greater than 0.</param>
        /// <param name="fractions">The number of fractions, at least 1.</param>
        /// <returns>The radiation dose.</returns>
        /// <exception cref="DomainValidationException">The dose is not greater than 0 or the fractions fewer than 1.</exception>
        public static RadiationDose Fractionated(decimal totalGray, int fractions) => Create(totalGray, fractions);

        /// <summary>A dose given per fraction and the number of fractions, e.g. 2 Gy × 6 = 12 Gy in 6 fractions.</summary>
        /// <param name="grayPerFraction">The dose of one fraction in Gy, greater than 0.</param>
        /// <param name="fractions">The number of fractions, at least 1.</param>
        /// <returns>The radiation dose, whose total is <paramref name="grayPerFraction"/> × <paramref name="fractions"/>.</returns>
        /// <exception cref="DomainValidationException">The dose per fraction is not greater than 0 or the fractions fewer than 1.</exception>
        public static RadiationDose PerFraction(decimal grayPerFraction, int fractions)
        {
            if (grayPerFraction <= 0m)
            {
                throw new DomainValidationException(nameof(RadiationDose), "GrayPerFraction must be greater than 0 Gy", grayPerFraction.ToString(CultureInfo.InvariantCulture), nameof(grayPerFraction));
            }

            CheckFractions(fractions);
            return Create(grayPerFraction * fractions, fractions);
        }

        /// <summary>"12 Gy in 6 fractions", "2 Gy in 1 fraction" or, without fractions, "12 Gy".</summary>
        /// <returns>The dose in words (invariant culture).</returns>
        public override string ToString() => Fractions is int fractions
            ? string.Create(CultureInfo.InvariantCulture, $"{TotalGray} Gy in {fractions} fraction{(fractions == 1 ? string.Empty : "s")}")
            : string.Create(CultureInfo.InvariantCulture, $"{TotalGray} Gy");

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => Check(TotalGray, Fractions));

        private static RadiationDose Create(decimal totalGray, int? fractions)
        {
            Check(totalGray, fractions);
            return new RadiationDose { TotalGray = totalGray, Fractions = fractions };
        }

        private static void Check(decimal totalGray, int? fractions)
        {
            if (totalGray <= 0m)
            {
                throw new DomainValidationException(nameof(RadiationDose), "TotalGray must be greater than 0 Gy", totalGray.ToString(CultureInfo.InvariantCulture), nameof(TotalGray));
            }

            if (fractions is int given)
            {
                CheckFractions(given);
            }
        }

        private static void CheckFractions(int fractions)
        {
            if (fractions < 1)
            {
                throw new DomainValidationException(nameof(RadiationDose), "Fractions must be at least 1", fractions.ToString(CultureInfo.InvariantCulture), nameof(Fractions));
            }
        }
    }
}
