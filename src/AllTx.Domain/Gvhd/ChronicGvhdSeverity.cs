using System.Text.Json.Serialization;

namespace AllTx.Domain.Gvhd
{
    /// <summary>The NIH 2014 global severity of chronic GvHD (<see cref="SourceReference.NihChronicGvhd2014"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<ChronicGvhdSeverity>))]
    public enum ChronicGvhdSeverity
    {
        /// <summary>No organ scored above 0.</summary>
        NoOrganInvolvement = 0,

        /// <summary>Mild: 1 or 2 organs involved, none above score 1, and lung score 0.</summary>
        Mild = 1,

        /// <summary>Moderate: 3 or more organs at score 1, or any organ other than lung at score 2, or lung score 1.</summary>
        Moderate = 2,

        /// <summary>Severe: any organ at score 3, or lung score 2 or 3.</summary>
        Severe = 3,
    }
}
