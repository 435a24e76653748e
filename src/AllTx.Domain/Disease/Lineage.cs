using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>The lineage of the leukaemia (ETP-ALL is a subtype of T-ALL).</summary>
    [JsonConverter(typeof(StrictEnumConverter<Lineage>))]
    public enum Lineage
    {
        /// <summary>B-cell acute lymphoblastic leukaemia (B-ALL).</summary>
        BAll = 1,

        /// <summary>T-cell acute lymphoblastic leukaemia (T-ALL).</summary>
        TAll,

        /// <summary>Early T-cell precursor ALL (ETP-ALL), a subtype of T-ALL.</summary>
        EarlyTPrecursorAll,
    }
}
