using System.Text.Json.Serialization;

namespace AllTx.Domain.Outcomes
{
    /// <summary>The unit of a follow-up time or median as the source reports it (UCUM <c>d</c>, <c>wk</c>, <c>mo</c>, <c>a</c>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<TimeUnit>))]
    public enum TimeUnit
    {
        /// <summary>Days (UCUM <c>d</c>).</summary>
        Days = 1,

        /// <summary>Weeks (UCUM <c>wk</c>).</summary>
        Weeks,

        /// <summary>Months (UCUM <c>mo</c>).</summary>
        Months,

        /// <summary>Years (UCUM <c>a</c>).</summary>
        Years,
    }
}
