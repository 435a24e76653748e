using System.Text.Json.Serialization;

namespace AllTx.Domain.Chimerism
{
    /// <summary>The cells in which donor chimerism is measured (whole blood, CD3+ …; CIBMTR form 2451).</summary>
    [JsonConverter(typeof(StrictEnumConverter<ChimerismLineage>))]
    public enum ChimerismLineage
    {
        /// <summary>Unsorted peripheral blood.</summary>
        WholeBlood = 1,

        /// <summary>Unsorted bone marrow.</summary>
        BoneMarrow,

        /// <summary>CD3-positive T cells.</summary>
        Cd3PositiveTCells,

        /// <summary>CD33-positive (myeloid) cells.</summary>
        Cd33PositiveMyeloidCells,

        /// <summary>CD19-positive B cells.</summary>
        Cd19PositiveBCells,
    }
}
