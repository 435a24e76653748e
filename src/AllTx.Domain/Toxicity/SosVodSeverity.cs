using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>The EBMT adult severity categories of suspected SOS/VOD (<see cref="SourceReference.EbmtAdultSosVodCriteria2016"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<SosVodSeverity>))]
    public enum SosVodSeverity
    {
        /// <summary>Mild.</summary>
        Mild = 1,

        /// <summary>Moderate.</summary>
        Moderate,

        /// <summary>Severe.</summary>
        Severe,

        /// <summary>Very severe: every patient with multi-organ dysfunction / failure (MOD/MOF).</summary>
        VerySevere,
    }
}
