using System.Text.Json.Serialization;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The stage axis of the refined Disease Risk Index (<see cref="SourceReference.RefinedDiseaseRiskIndex"/>): for an
    /// acute leukaemia, complete remission (any CR) is low-risk stage; induction failure and active relapse (not in
    /// remission at transplant) are high-risk stage.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<StageRiskGroup>))]
    public enum StageRiskGroup
    {
        /// <summary>Low-risk stage (for ALL: in complete remission, CR1, CR2 or later).</summary>
        Low = 1,

        /// <summary>High-risk stage (for ALL: primary induction failure, refractory disease or active relapse).</summary>
        High,
    }
}
