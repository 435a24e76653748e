using System.Text.Json.Serialization;
using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// A drug with its prescribed dose in a conditioning or lymphodepletion regimen, e.g. fludarabine in mg/m² or
    /// cyclophosphamide in mg/kg. A dose in a unit of the wrong kind for the drug is refused,
    /// as for any order.
    /// JSON: <c>Drug</c> and <c>Dose</c>.
    /// </summary>
    public sealed record DosedDrug : IJsonOnDeserialized
    {
        [JsonConstructor]
        private DosedDrug()
        {
        }

        /// <summary>The drug.</summary>
        [JsonInclude]
        [JsonRequired]
        public Drug Drug { get; private init; } = null!;

        /// <summary>The prescribed dose.</summary>
        [JsonInclude]
        [JsonRequired]
        public Dose Dose { get; private init; } = null!;

        /// <summary>A drug with its dose.</summary>
        /// <param name="drug">The drug.</param>
        /// <param name="dose">The dose, in a unit the drug accepts.</param>
        /// <returns>The agent.</returns>
        /// <exception cref="DoseUnitNotAllowedException">The dose unit is of a kind the drug is not dosed in.</exception>
        public static DosedDrug Of(Drug drug, Dose dose)
        {
            System.ArgumentNullException.ThrowIfNull(drug);
            System.ArgumentNullException.ThrowIfNull(dose);
            drug.EnsureAccepts(dose);
            return new DosedDrug { Drug = drug, Dose = dose };
        }

        /// <summary>"fludarabine 30 mg/m2".</summary>
        /// <returns>The agent and dose.</returns>
        public override string ToString() => $"{Drug} {Dose}";

        void IJsonOnDeserialized.OnDeserialized()
        {
            if (Drug is null || Dose is null)
            {
                throw new System.Text.Json.JsonException(new DomainValidationException(nameof(DosedDrug), "requires Drug and Dose", "null", Drug is null ? nameof(Drug) : nameof(Dose)).Message);
            }

            try
            {
                Drug.EnsureAccepts(Dose);
            }
            catch (DoseUnitNotAllowedException exception)
            {
                throw new System.Text.Json.JsonException(exception.Message, exception);
            }
        }
    }
}
