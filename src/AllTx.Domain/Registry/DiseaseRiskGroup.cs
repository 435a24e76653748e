using System.Text.Json.Serialization;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The disease-risk axis of the refined Disease Risk Index (<see cref="SourceReference.RefinedDiseaseRiskIndex"/>): the
    /// risk a disease type carries whatever its stage. ALL is an intermediate-risk disease.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<DiseaseRiskGroup>))]
    public enum DiseaseRiskGroup
    {
        /// <summary>Low-risk disease.</summary>
        Low = 1,

        /// <summary>Intermediate-risk disease (ALL among them).</summary>
        Intermediate,

        /// <summary>High-risk disease.</summary>
        High,
    }
}
