using System.Text.Json.Serialization;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The refined Disease Risk Index group (<see cref="SourceReference.RefinedDiseaseRiskIndex"/>), combined from disease
    /// risk and stage risk by <see cref="RefinedDiseaseRiskIndexTable"/>.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<RefinedDiseaseRiskIndex>))]
    public enum RefinedDiseaseRiskIndex
    {
        /// <summary>Low: low-risk disease in low-risk stage.</summary>
        Low = 1,

        /// <summary>Intermediate: low-risk disease in high-risk stage, or intermediate-risk disease in low-risk stage.</summary>
        Intermediate,

        /// <summary>High: intermediate-risk disease in high-risk stage, or high-risk disease in low-risk stage.</summary>
        High,

        /// <summary>Very high: high-risk disease in high-risk stage.</summary>
        VeryHigh,
    }
}
