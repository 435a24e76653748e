using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>When SOS/VOD presented, as the EBMT adult criteria divide it (<see cref="SourceReference.EbmtAdultSosVodCriteria2016"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<SosVodOnset>))]
    public enum SosVodOnset
    {
        /// <summary>Classical: in the first 21 days after HSCT (day 0 to day +21).</summary>
        Classical = 1,

        /// <summary>Late onset: after day +21.</summary>
        LateOnset,
    }
}
