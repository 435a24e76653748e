using System.Text.Json.Serialization;

namespace AllTx.Domain.Gvhd
{
    /// <summary>The target organs staged in acute GvHD by MAGIC (<see cref="SourceReference.MagicAcuteGvhd2016"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<AcuteGvhdOrgan>))]
    public enum AcuteGvhdOrgan
    {
        /// <summary>Skin (active erythema), stage 0–4.</summary>
        Skin = 1,

        /// <summary>Liver (total bilirubin), stage 0–4.</summary>
        Liver,

        /// <summary>Upper gastrointestinal tract (persistent nausea, vomiting or anorexia), stage 0–1.</summary>
        UpperGastrointestinal,

        /// <summary>Lower gastrointestinal tract (stool output, pain, bleeding), stage 0–4.</summary>
        LowerGastrointestinal,
    }
}
