using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>The percentage of blasts expressing an antigen, from 0 to 100 %, when the laboratory reports it (DOMAIN.md "Disease"). JSON: a number of percent.</summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<PercentPositive>))]
    public sealed record PercentPositive : IDecimalScalar<PercentPositive>
    {
        private PercentPositive(decimal percent)
        {
            Value = percent;
        }

        /// <summary>The percentage, 0 to 100.</summary>
        public decimal Value { get; }

        /// <summary>From a percentage (Vogen-style <c>From</c>).</summary>
        /// <param name="percent">0 to 100.</param>
        /// <returns>The value.</returns>
        /// <exception cref="DomainValidationException">Outside 0–100 %.</exception>
        public static PercentPositive From(decimal percent) => new(DecimalRule.Between(percent, 0m, 100m, nameof(PercentPositive), "%", nameof(percent)));

        /// <summary>"4.5 %".</summary>
        /// <returns>The percentage with its unit.</returns>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " %";
    }
}
