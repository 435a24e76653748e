using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>Whether myeloid markers were found on the relapse blasts by flow cytometry (seed 002: monitor myeloid markers by multiparameter flow cytometry to detect lineage switch).</summary>
    [JsonConverter(typeof(StrictEnumConverter<MyeloidMarkers>))]
    public enum MyeloidMarkers
    {
        /// <summary>Myeloid markers present.</summary>
        Present = 1,

        /// <summary>Myeloid markers absent.</summary>
        Absent,
    }
}
