using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Outcomes
{
    /// <summary>A percentage from 0 to 100, as reported for a rate or a share (e.g. 2-year OS 89.2 %, seed 004). JSON: a number.</summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<Percentage>))]
    public sealed record Percentage : IDecimalScalar<Percentage>
    {
        private Percentage(decimal value)
        {
            Value = value;
        }

        /// <summary>The percentage, 0–100.</summary>
        public decimal Value { get; }

        /// <summary>A percentage (Vogen-style <c>From</c>).</summary>
        /// <param name="value">0 to 100.</param>
        /// <returns>The percentage.</returns>
        /// <exception cref="DomainValidationException">Outside 0–100.</exception>
        public static Percentage From(decimal value) => new(DecimalRule.Between(value, 0m, 100m, nameof(Percentage), "%", nameof(value)));

        /// <summary>"89.2 %".</summary>
        /// <returns>The percentage with its sign.</returns>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " %";
    }
}
