using System.Text.Json.Serialization;

namespace AllTx.Domain.Response
{
    /// <summary>Whether the patient needs transfusions; CR requires transfusion independence (<see cref="SourceReference.CountBasedResponseCriteria"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<TransfusionDependence>))]
    public enum TransfusionDependence
    {
        /// <summary>Transfusion independent.</summary>
        Independent = 1,

        /// <summary>Transfusion dependent.</summary>
        Dependent,
    }
}
