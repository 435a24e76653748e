using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Outcomes
{
    /// <summary>
    /// A hazard ratio with its confidence interval and p-value when reported, e.g. post-HSCT TKI maintenance: relapse
    /// HR 0.40 (p = 0.01), LFS HR 0.44 (p = 0.002), OS HR 0.42 (p = 0.004) (<see cref="SourceReference.RelapsePreventionAfterHsct"/>). The ratio is greater than 0; an
    /// interval must contain it; a p-value lies in (0, 1]. JSON: <c>Estimate</c>, optional <c>Lower</c>/<c>Upper</c>/
    /// <c>ConfidenceLevel</c> and <c>PValue</c>.
    /// </summary>
    public sealed record HazardRatio : IJsonOnDeserialized
    {
        [JsonConstructor]
        private HazardRatio()
        {
        }

        /// <summary>The hazard ratio, greater than 0.</summary>
        [JsonInclude]
        [JsonRequired]
        public decimal Estimate { get; private init; }

        /// <summary>The lower bound of the confidence interval, when reported.</summary>
        [JsonInclude]
        public decimal? Lower { get; private init; }

        /// <summary>The upper bound of the confidence interval, when reported.</summary>
        [JsonInclude]
        public decimal? Upper { get; private init; }

        /// <summary>The confidence level of the interval in percent (e.g. 95), when an interval is reported.</summary>
        [JsonInclude]
        public decimal? ConfidenceLevel { get; private init; }

        /// <summary>The p-value, when reported.</summary>
        [JsonInclude]
        public decimal? PValue { get; private init; }

        /// <summary>A hazard ratio with an optional p-value.</summary>
        /// <param name="estimate">The ratio, greater than 0.</param>
        /// <param name="pValue">The p-value in (0, 1], or null.</param>
        /// <returns>The hazard ratio.</returns>
        /// <exception cref="DomainValidationException">A value out of range.</exception>
        public static HazardRatio Of(decimal estimate, decimal? pValue = null) => Create(estimate, null, null, null, pValue);

        /// <summary>A hazard ratio with its confidence interval and an optional p-value.</summary>
        /// <param name="estimate">The ratio, greater than 0.</param>
        /// <param name="lower">The interval's lower bound, greater than 0 and at most the estimate.</param>
        /// <param name="upper">The interval's upper bound, at least the estimate.</param>
        /// <param name="confidenceLevel">The confidence level in percent, e.g. 95.</param>
        /// <param name="pValue">The p-value in (0, 1], or null.</param>
        /// <returns>The hazard ratio.</returns>
        /// <exception cref="DomainValidationException">A value out of range or an interval that does not contain the estimate.</exception>
        public static HazardRatio WithConfidenceInterval(decimal estimate, decimal lower, decimal upper, decimal confidenceLevel, decimal? pValue = null) =>
            Create(estimate, lower, upper, confidenceLevel, pValue);

        /// <summary>"HR 0.44 (95 % CI 0.26–0.74; p = 0.002)".</summary>
        /// <returns>The ratio in words.</returns>
        public override string ToString()
        {
            string interval = Lower is { } lower && Upper is { } upper
                ? string.Create(CultureInfo.InvariantCulture, $"{ConfidenceLevel} % CI {lower}–{upper}")
                : string.Empty;
            string p = PValue is { } value ? string.Create(CultureInfo.InvariantCulture, $"p = {value}") : string.Empty;
            string details = string.Join("; ", new[] { interval, p }.Where(part => part.Length > 0));
            return string.Create(CultureInfo.InvariantCulture, $"HR {Estimate}") + (details.Length > 0 ? $" ({details})" : string.Empty);
        }

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => Check(Estimate, Lower, Upper, ConfidenceLevel, PValue));

        private static HazardRatio Create(decimal estimate, decimal? lower, decimal? upper, decimal? level, decimal? pValue)
        {
            Check(estimate, lower, upper, level, pValue);
            return new HazardRatio { Estimate = estimate, Lower = lower, Upper = upper, ConfidenceLevel = level, PValue = pValue };
        }

        private static void Check(decimal estimate, decimal? lower, decimal? upper, decimal? level, decimal? pValue)
        {
            if (estimate <= 0m)
            {
                throw Invalid("Estimate must be greater than 0", estimate, nameof(Estimate));
            }

            if (lower.HasValue != upper.HasValue || lower.HasValue != level.HasValue)
            {
                throw new DomainValidationException(nameof(HazardRatio), "Lower, Upper and ConfidenceLevel must be given together", $"{lower}, {upper}, {level}", nameof(Lower));
            }

            if (lower is { } low && upper is { } high && !(low > 0m && low <= estimate && estimate <= high))
            {
                throw new DomainValidationException(nameof(HazardRatio), "confidence interval must satisfy 0 < Lower ≤ Estimate ≤ Upper", string.Create(CultureInfo.InvariantCulture, $"{low}–{high} around {estimate}"), nameof(Lower));
            }

            if (level is { } confidence && (confidence <= 0m || confidence >= 100m))
            {
                throw Invalid("ConfidenceLevel must be between 0 and 100 %, exclusive", confidence, nameof(ConfidenceLevel));
            }

            if (pValue is { } p && (p <= 0m || p > 1m))
            {
                throw Invalid("PValue must be greater than 0 and at most 1", p, nameof(PValue));
            }
        }

        private static DomainValidationException Invalid(string rule, decimal value, string field) =>
            new(nameof(HazardRatio), rule, value.ToString(CultureInfo.InvariantCulture), field);
    }
}
