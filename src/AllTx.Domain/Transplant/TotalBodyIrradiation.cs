using System.Text.Json.Serialization;
using AllTx.Domain.Radiotherapy;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// Total body irradiation (TBI) in a conditioning regimen, with its <see cref="RadiationDose"/> in gray and, where given,
    /// fractions — e.g. fractionated 12 Gy TBI before allogeneic HSCT in childhood ALL
    /// (<see cref="SourceReference.ForumTotalBodyIrradiationTrial"/>). JSON: <c>Dose</c>, a radiation dose.
    /// </summary>
    public sealed record TotalBodyIrradiation : IJsonOnDeserialized
    {
        [JsonConstructor]
        private TotalBodyIrradiation()
        {
        }

        /// <summary>The radiation dose: total Gy and, where given, the fractions.</summary>
        [JsonInclude]
        [JsonRequired]
        public RadiationDose Dose { get; private init; } = null!;

        /// <summary>TBI of <paramref name="dose"/>.</summary>
        /// <param name="dose">The radiation dose.</param>
        /// <returns>The irradiation.</returns>
        /// <exception cref="DomainValidationException"><paramref name="dose"/> is null.</exception>
        public static TotalBodyIrradiation Of(RadiationDose dose) =>
            new() { Dose = DomainJson.RequireNotNull(dose, nameof(TotalBodyIrradiation), nameof(Dose)) };

        /// <summary>"TBI 12 Gy in 6 fractions".</summary>
        /// <returns>The irradiation in words.</returns>
        public override string ToString() => "TBI " + Dose;

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => DomainJson.RequireNotNull(Dose, nameof(TotalBodyIrradiation), nameof(Dose)));
    }
}
