using System.Text.Json.Serialization;

namespace AllTx.Domain.Response
{
    /// <summary>Whether the patient needs transfusions; a transfusion-dependent patient's platelet count is never counted as recovered (<see cref="ResponseCriteria"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<TransfusionDependence>))]
    public enum TransfusionDependence
    {
        /// <summary>Transfusion independent.</summary>
        Independent = 1,

        /// <summary>Transfusion dependent.</summary>
        Dependent,
    }
}
