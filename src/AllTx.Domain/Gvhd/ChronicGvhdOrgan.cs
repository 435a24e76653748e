using System.Text.Json.Serialization;

namespace AllTx.Domain.Gvhd
{
    /// <summary>The eight organs scored 0–3 in NIH 2014 chronic GvHD global severity (<see cref="SourceReference.NihChronicGvhd2014"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<ChronicGvhdOrgan>))]
    public enum ChronicGvhdOrgan
    {
        /// <summary>Skin.</summary>
        Skin = 1,

        /// <summary>Mouth.</summary>
        Mouth,

        /// <summary>Eyes.</summary>
        Eyes,

        /// <summary>Gastrointestinal tract.</summary>
        GastrointestinalTract,

        /// <summary>Liver.</summary>
        Liver,

        /// <summary>Lungs.</summary>
        Lungs,

        /// <summary>Joints and fascia.</summary>
        JointsAndFascia,

        /// <summary>Genital tract.</summary>
        GenitalTract,
    }
}
