using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>A person's cytomegalovirus (CMV) antibody status before transplant (<see cref="SourceReference.CmvSerostatusAcuteLeukaemia"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<CmvSerostatus>))]
    public enum CmvSerostatus
    {
        /// <summary>CMV-seronegative ("−").</summary>
        Negative = 1,

        /// <summary>CMV-seropositive ("+").</summary>
        Positive,
    }
}
