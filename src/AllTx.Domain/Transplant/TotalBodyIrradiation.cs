using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// Total body irradiation in a conditioning regimen: the total dose in gray (Gy) and the number of fractions
    /// (TBI-based or chemotherapy-only conditioning; CIBMTR form 2400). JSON: <c>TotalGray</c>
    /// and <c>Fractions</c>.
    /// </summary>
    public sealed record TotalBodyIrradiation : IJsonOnDeserialized
    {
        [JsonConstructor]
        private TotalBodyIrradiation()
        {
        }

        /// <summary>The total dose in Gy, greater than 0.</summary>
        [JsonInclude]
        [JsonRequired]
        public decimal TotalGray { get; private init; }

        /// <summary>The number of fractions, at least 1.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Fractions { get; private init; }

        /// <summary>TBI of <paramref name="totalGray"/> Gy in <paramref name="fractions"/> fractions.</summary>
        /// <param name="totalGray">Total dose in Gy, greater than 0.</param>
        /// <param name="fractions">Fractions, at least 1.</param>
        /// <returns>The irradiation.</returns>
        /// <exception cref="DomainValidationException">Out of range.</exception>
        public static TotalBodyIrradiation Of(decimal totalGray, int fractions)
        {
            Check(totalGray, fractions);
            return new TotalBodyIrradiation { TotalGray = totalGray, Fractions = fractions };
        }

        /// <summary>"TBI 12 Gy in 6 fractions".</summary>
        /// <returns>The irradiation in words.</returns>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"TBI {TotalGray} Gy in {Fractions} fraction{(Fractions == 1 ? string.Empty : "s")}");

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => Check(TotalGray, Fractions));

        private static void Check(decimal totalGray, int fractions)
        {
            if (totalGray <= 0m)
            {
                throw new DomainValidationException(nameof(TotalBodyIrradiation), "TotalGray must be greater than 0 Gy", totalGray.ToString(CultureInfo.InvariantCulture), nameof(TotalGray));
            }

            if (fractions < 1)
            {
                throw new DomainValidationException(nameof(TotalBodyIrradiation), "Fractions must be at least 1", fractions.ToString(CultureInfo.InvariantCulture), nameof(Fractions));
            }
        }
    }
}
