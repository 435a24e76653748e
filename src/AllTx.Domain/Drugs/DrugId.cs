using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace AllTx.Domain.Drugs
{
    /// <summary>
    /// The catalogue key of a drug: lower-case letters, digits and single hyphens, e.g. <c>blinatumomab</c>,
    /// <c>inotuzumab-ozogamicin</c>. JSON: the string.
    /// </summary>
    [JsonConverter(typeof(StringScalarJsonConverter<DrugId>))]
    public sealed partial record DrugId : IStringScalar<DrugId>
    {
        private DrugId(string value)
        {
            Value = value;
        }

        /// <summary>The identifier.</summary>
        public string Value { get; }

        /// <summary>A drug identifier (Vogen-style <c>From</c>); surrounding white space is removed.</summary>
        /// <param name="value">Lower-case letters, digits and single hyphens.</param>
        /// <returns>The identifier.</returns>
        /// <exception cref="DomainValidationException">The text does not follow the pattern.</exception>
        public static DrugId From(string value)
        {
            string trimmed = value?.Trim() ?? string.Empty;
            return Pattern().IsMatch(trimmed)
                ? new DrugId(trimmed)
                : throw new DomainValidationException(nameof(DrugId), "must be lower-case letters and digits joined by single hyphens (e.g. inotuzumab-ozogamicin)", value is null ? "null" : "\"" + value + "\"", nameof(value));
        }

        /// <summary>The identifier.</summary>
        /// <returns><see cref="Value"/>.</returns>
        public override string ToString() => Value;

        [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
        private static partial Regex Pattern();
    }
}
