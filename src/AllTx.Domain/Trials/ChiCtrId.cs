using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace AllTx.Domain.Trials
{
    /// <summary>
    /// A Chinese Clinical Trial Registry identifier in either of the two forms seed 001 prints: the current
    /// <c>ChiCTR</c> + 10 digits (<c>ChiCTR1900025419</c>) and the older <c>ChiCTR-</c> + 2–4 letter category + <c>-</c> +
    /// 8 digits (<c>ChiCTR-ONC-17013648</c>). The prefix is case-sensitive as the registry writes it. JSON: the string.
    /// </summary>
    [JsonConverter(typeof(StringScalarJsonConverter<ChiCtrId>))]
    public sealed partial record ChiCtrId : IStringScalar<ChiCtrId>
    {
        private ChiCtrId(string value)
        {
            Value = value;
        }

        /// <summary>The identifier, e.g. <c>ChiCTR1900025419</c>.</summary>
        public string Value { get; }

        /// <summary>A Chinese Clinical Trial Registry identifier (Vogen-style <c>From</c>); surrounding white space is removed.</summary>
        /// <param name="value">ChiCTR + 10 digits, or ChiCTR-XXX-8 digits.</param>
        /// <returns>The identifier.</returns>
        /// <exception cref="DomainValidationException">The text follows neither form.</exception>
        public static ChiCtrId From(string value)
        {
            string trimmed = value?.Trim() ?? string.Empty;
            return Pattern().IsMatch(trimmed)
                ? new ChiCtrId(trimmed)
                : throw new DomainValidationException(nameof(ChiCtrId), "must be ChiCTR followed by 10 digits (ChiCTR1900025419) or ChiCTR-, a 2-4 letter category, - and 8 digits (ChiCTR-ONC-17013648)", value is null ? "null" : "\"" + value + "\"", nameof(value));
        }

        /// <summary>The identifier.</summary>
        /// <returns><see cref="Value"/>.</returns>
        public override string ToString() => Value;

        [GeneratedRegex("^ChiCTR([0-9]{10}|-[A-Za-z]{2,4}-[0-9]{8})$", RegexOptions.CultureInvariant)]
        private static partial Regex Pattern();
    }
}
