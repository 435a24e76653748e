using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// A conditioning regimen: its intensity (MAC, RIC, NMA), total body irradiation when TBI-based, and the drugs with their
    /// doses (CIBMTR form 2400). A regimen has TBI, at least one drug, or both. JSON: the
    /// properties by name.
    /// </summary>
    public sealed record ConditioningRegimen : IJsonOnDeserialized
    {
        [JsonConstructor]
        private ConditioningRegimen()
        {
        }

        /// <summary>The intensity.</summary>
        [JsonInclude]
        [JsonRequired]
        public ConditioningIntensity Intensity { get; private init; }

        /// <summary>Total body irradiation, or null for chemotherapy-only conditioning.</summary>
        [JsonInclude]
        public TotalBodyIrradiation? TotalBodyIrradiation { get; private init; }

        /// <summary>The drugs and their doses.</summary>
        [JsonInclude]
        [JsonRequired]
        public IReadOnlyList<DosedDrug> Agents { get; private init; } = [];

        /// <summary>True when the regimen includes TBI.</summary>
        [JsonIgnore]
        public bool IsTbiBased => TotalBodyIrradiation is not null;

        /// <summary>A regimen.</summary>
        /// <param name="intensity">The intensity.</param>
        /// <param name="totalBodyIrradiation">TBI, or null for chemotherapy-only.</param>
        /// <param name="agents">The drugs with their doses.</param>
        /// <returns>The regimen.</returns>
        /// <exception cref="DomainValidationException">Neither TBI nor a drug, or an undeclared intensity.</exception>
        public static ConditioningRegimen Of(ConditioningIntensity intensity, TotalBodyIrradiation? totalBodyIrradiation, params DosedDrug[] agents)
        {
            ConditioningRegimen regimen = new() { Intensity = intensity, TotalBodyIrradiation = totalBodyIrradiation, Agents = agents?.ToList() ?? [] };
            regimen.Check();
            return regimen;
        }

        /// <summary>"ReducedIntensity: fludarabine 30 mg/m2, TBI 2 Gy in 1 fraction".</summary>
        /// <returns>The regimen in words.</returns>
        public override string ToString() =>
            $"{Intensity}: {string.Join(", ", Agents.Select(a => a.ToString()).Concat(IsTbiBased ? [TotalBodyIrradiation!.ToString()] : []))}";

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(Check);

        private void Check()
        {
            DomainEnum.Require(Intensity, nameof(Intensity));
            if (Agents is null || Agents.Any(agent => agent is null))
            {
                throw new DomainValidationException(nameof(ConditioningRegimen), "Agents must not be null or hold null", "null", nameof(Agents));
            }

            if (!IsTbiBased && Agents.Count == 0)
            {
                throw new DomainValidationException(nameof(ConditioningRegimen), "needs total body irradiation or at least one drug", "no TBI and no Agents", nameof(Agents));
            }
        }
    }
}
