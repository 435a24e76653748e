using System.Text.Json.Serialization;

namespace AllTx.Domain.Eligibility
{
    /// <summary>How a measurement must compare with a criterion's threshold.</summary>
    [JsonConverter(typeof(StrictEnumConverter<Comparison>))]
    public enum Comparison
    {
        /// <summary>≤ the threshold.</summary>
        AtMost = 1,

        /// <summary>≥ the threshold.</summary>
        AtLeast,

        /// <summary>&lt; the threshold.</summary>
        LessThan,

        /// <summary>&gt; the threshold.</summary>
        GreaterThan,
    }
}
