using System.Text.Json.Serialization;

namespace AllTx.Domain.Registry
{
    /// <summary>The HCT-CI risk groups by score: 0 low, 1–2 intermediate, 3 or more high (<see cref="SourceReference.HctComorbidityIndex"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<HctCiRiskGroup>))]
    public enum HctCiRiskGroup
    {
        /// <summary>Score 0.</summary>
        Low = 1,

        /// <summary>Score 1 or 2.</summary>
        Intermediate,

        /// <summary>Score 3 or more.</summary>
        High,
    }
}
