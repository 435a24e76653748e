using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>Where the graft's stem cells come from (CIBMTR form 2400).</summary>
    [JsonConverter(typeof(StrictEnumConverter<GraftSource>))]
    public enum GraftSource
    {
        /// <summary>Bone marrow (BM).</summary>
        BoneMarrow = 1,

        /// <summary>Mobilised peripheral blood stem cells (PBSC).</summary>
        PeripheralBloodStemCells,

        /// <summary>Umbilical cord blood.</summary>
        CordBlood,
    }
}
