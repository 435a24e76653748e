using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>Risk group (NCI Thesaurus codes: NCIt C122457 standard risk, C122458 high risk).</summary>
    [JsonConverter(typeof(StrictEnumConverter<RiskGroup>))]
    public enum RiskGroup
    {
        /// <summary>Standard risk (NCIt C122457).</summary>
        Standard = 1,

        /// <summary>High risk (NCIt C122458).</summary>
        High,
    }
}
