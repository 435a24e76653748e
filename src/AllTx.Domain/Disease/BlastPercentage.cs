using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>The percentage of blasts among bone-marrow cells, from 0 to 100 % (DOMAIN.md "Disease"; the response thresholds of DOMAIN.md "Response" use it: CR &lt; 5 %, CRh ≤ 5 %). JSON: a number of percent.</summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<BlastPercentage>))]
    public sealed record BlastPercentage : IDecimalScalar<BlastPercentage>
    {
        private BlastPercentage(decimal percent)
        {
            Value = percent;
        }

        /// <summary>The percentage, 0 to 100.</summary>
        public decimal Value { get; }

        /// <summary>From a percentage (Vogen-style <c>From</c>).</summary>
        /// <param name="percent">0 to 100.</param>
        /// <returns>The value.</returns>
        /// <exception cref="DomainValidationException">Outside 0–100 %.</exception>
        public static BlastPercentage From(decimal percent) => new(DecimalRule.Between(percent, 0m, 100m, nameof(BlastPercentage), "%", nameof(percent)));

        /// <summary>"4.5 %".</summary>
        /// <returns>The percentage with its unit.</returns>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " %";
    }
}
