using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>Philadelphia chromosome status.</summary>
    [JsonConverter(typeof(StrictEnumConverter<PhiladelphiaStatus>))]
    public enum PhiladelphiaStatus
    {
        /// <summary>Ph+: BCR::ABL1 fusion present.</summary>
        Positive = 1,

        /// <summary>Ph-like: a Ph+-like expression profile without BCR::ABL1.</summary>
        PhLike,

        /// <summary>Ph-negative.</summary>
        Negative,
    }
}
