using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>Whether the cytocentrifuged (cytospin) preparation of cerebrospinal fluid shows leukaemic blasts (<see cref="SourceReference.ChildhoodAllTreatmentPdq"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<CytospinBlasts>))]
    public enum CytospinBlasts
    {
        /// <summary>No blasts on the cytospin.</summary>
        Absent = 1,

        /// <summary>Blasts on the cytospin.</summary>
        Present,
    }
}
