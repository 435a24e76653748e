using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>Whether myeloid markers were found on the relapse blasts by flow cytometry (<see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/>: multiparameter flow cytometry for myeloid marker monitoring in lineage switch).</summary>
    [JsonConverter(typeof(StrictEnumConverter<MyeloidMarkers>))]
    public enum MyeloidMarkers
    {
        /// <summary>Myeloid markers present.</summary>
        Present = 1,

        /// <summary>Myeloid markers absent.</summary>
        Absent,
    }
}
