using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>Extramedullary disease (EMD, e.g. CNS) present or absent.</summary>
    [JsonConverter(typeof(StrictEnumConverter<ExtramedullaryDisease>))]
    public enum ExtramedullaryDisease
    {
        /// <summary>No extramedullary disease.</summary>
        Absent = 1,

        /// <summary>Extramedullary disease present (e.g. CNS).</summary>
        Present,
    }
}
