using System.Text.Json.Serialization;

namespace AllTx.Domain.Drugs
{
    /// <summary>Route of administration.</summary>
    [JsonConverter(typeof(StrictEnumConverter<Route>))]
    public enum Route
    {
        /// <summary>Oral.</summary>
        Oral = 1,

        /// <summary>Intravenous (bolus or short infusion).</summary>
        Intravenous,

        /// <summary>Continuous intravenous infusion (blinatumomab).</summary>
        ContinuousIntravenousInfusion,

        /// <summary>Subcutaneous.</summary>
        Subcutaneous,
    }
}
