using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>The intensity of the conditioning regimen (<see cref="SourceReference.RelapsePreventionAfterHsct"/> lists it among the considerations for maintenance).</summary>
    [JsonConverter(typeof(StrictEnumConverter<ConditioningIntensity>))]
    public enum ConditioningIntensity
    {
        /// <summary>Myeloablative conditioning (MAC).</summary>
        Myeloablative = 1,

        /// <summary>Reduced-intensity conditioning (RIC).</summary>
        ReducedIntensity,

        /// <summary>Non-myeloablative conditioning (NMA).</summary>
        NonMyeloablative,
    }
}
