using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>How deep the relapse is.</summary>
    [JsonConverter(typeof(StrictEnumConverter<RelapseDepth>))]
    public enum RelapseDepth
    {
        /// <summary>Molecular (MRD) relapse: MRD re-emerges without haematological relapse.</summary>
        Molecular = 1,

        /// <summary>Haematological (overt) relapse.</summary>
        Haematological,
    }
}
