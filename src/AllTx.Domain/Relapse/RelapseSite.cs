using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>Where the relapse is.</summary>
    [JsonConverter(typeof(StrictEnumConverter<RelapseSite>))]
    public enum RelapseSite
    {
        /// <summary>Bone marrow.</summary>
        Marrow = 1,

        /// <summary>Extramedullary (e.g. CNS).</summary>
        Extramedullary,

        /// <summary>Both marrow and extramedullary.</summary>
        MarrowAndExtramedullary,
    }
}
