using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The named criteria sets for diagnosing hepatic sinusoidal obstruction syndrome / veno-occlusive disease (SOS/VOD)
    /// after haematopoietic cell transplantation, the hepatotoxicity of the BESPONSA boxed warning
    /// (<see cref="SourceReference.InotuzumabLabel"/>). A diagnosis always says which set it applied.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<SosVodCriteria>))]
    public enum SosVodCriteria
    {
        /// <summary>Baltimore criteria (<see cref="SourceReference.BaltimoreSosVodCriteria"/>): within 21 days after HSCT, bilirubin ≥ 2 mg/dL and at least two of painful hepatomegaly, ascites and weight gain &gt; 5 %.</summary>
        Baltimore = 1,

        /// <summary>EBMT criteria for adults, 2016 (<see cref="SourceReference.EbmtAdultSosVodCriteria2016"/>): classical SOS/VOD in the first 21 days, late-onset SOS/VOD after day 21.</summary>
        EbmtAdult2016,

        /// <summary>EBMT criteria for children, 2018 (<see cref="SourceReference.EbmtPaediatricSosVodCriteria2018"/>): no time limit, at least two of five signs (<see cref="EbmtPaediatricSosVodFindings"/>).</summary>
        EbmtPaediatric2018,
    }
}
