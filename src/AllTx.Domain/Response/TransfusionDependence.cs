using System.Text.Json.Serialization;

namespace AllTx.Domain.Response
{
    /// <summary>Whether the patient needs transfusions; CR requires transfusion independence (DOMAIN.md "Response and disease status").</summary>
    [JsonConverter(typeof(StrictEnumConverter<TransfusionDependence>))]
    public enum TransfusionDependence
    {
        /// <summary>Transfusion independent.</summary>
        Independent = 1,

        /// <summary>Transfusion dependent.</summary>
        Dependent,
    }
}
