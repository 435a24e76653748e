using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace AllTx.Domain.Trials
{
    /// <summary>
    /// A ClinicalTrials.gov identifier: <c>NCT</c> followed by exactly 8 digits, e.g. <c>NCT06507514</c> (DOMAIN.md
    /// "Outcomes and evidence"; seed 003). Surrounding white space is removed and the prefix is upper-cased. JSON: the
    /// string.
    /// </summary>
    [JsonConverter(typeof(StringScalarJsonConverter<NctId>))]
    public sealed partial record NctId : IStringScalar<NctId>
    {
        private NctId(string value)
        {
            Value = value;
        }

        /// <summary>The identifier, e.g. <c>NCT02228096</c>.</summary>
        public string Value { get; }

        /// <summary>A ClinicalTrials.gov identifier (Vogen-style <c>From</c>).</summary>
        /// <param name="value">NCT + 8 digits.</param>
        /// <returns>The identifier.</returns>
        /// <exception cref="DomainValidationException">The text is not NCT + 8 digits.</exception>
        public static NctId From(string value)
        {
            string normalised = value?.Trim().ToUpperInvariant() ?? string.Empty;
            return Pattern().IsMatch(normalised)
                ? new NctId(normalised)
                : throw new DomainValidationException(nameof(NctId), "must be NCT followed by exactly 8 digits (e.g. NCT06507514)", value is null ? "null" : "\"" + value + "\"", nameof(value));
        }

        /// <summary>The identifier.</summary>
        /// <returns><see cref="Value"/>.</returns>
        public override string ToString() => Value;

        [GeneratedRegex("^NCT[0-9]{8}$", RegexOptions.CultureInvariant)]
        private static partial Regex Pattern();
    }
}
