using System.Text.Json.Serialization;

namespace AllTx.Domain.Outcomes
{
    /// <summary>
    /// One outcome as a source reports it: the endpoint, the value, and the population it refers to when that is narrower
    /// than the whole arm (e.g. "patients in CR", "N = 20 infused"). JSON: <c>Endpoint</c>, <c>Value</c> and the optional
    /// <c>Population</c>.
    /// </summary>
    public sealed record ReportedOutcome : IJsonOnDeserialized
    {
        [JsonConstructor]
        private ReportedOutcome()
        {
        }

        /// <summary>What was measured.</summary>
        [JsonInclude]
        [JsonRequired]
        public Endpoint Endpoint { get; private init; }

        /// <summary>The value.</summary>
        [JsonInclude]
        [JsonRequired]
        public OutcomeValue Value { get; private init; } = null!;

        /// <summary>The population the value refers to when narrower than the arm; null for the whole arm.</summary>
        [JsonInclude]
        public string? Population { get; private init; }

        /// <summary>An outcome.</summary>
        /// <param name="endpoint">What was measured.</param>
        /// <param name="value">The value.</param>
        /// <param name="population">The population, or null for the whole arm.</param>
        /// <returns>The outcome.</returns>
        /// <exception cref="DomainValidationException">An undeclared endpoint, a missing value or a blank population.</exception>
        public static ReportedOutcome Of(Endpoint endpoint, OutcomeValue value, string? population = null)
        {
            Check(endpoint, value, population);
            return new ReportedOutcome { Endpoint = endpoint, Value = value, Population = population?.Trim() };
        }

        /// <summary>"OverallSurvival: Median 7.7 months".</summary>
        /// <returns>The outcome in words.</returns>
        public override string ToString() => $"{Endpoint}: {Value}" + (Population is null ? string.Empty : $" ({Population})");

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => Check(Endpoint, Value, Population));

        private static void Check(Endpoint endpoint, OutcomeValue value, string? population)
        {
            DomainEnum.Require(endpoint, nameof(Endpoint));
            if (value is null)
            {
                throw new DomainValidationException(nameof(ReportedOutcome), "requires Value", "null", nameof(Value));
            }
            if (population is not null && string.IsNullOrWhiteSpace(population))
            {
                throw new DomainValidationException(nameof(ReportedOutcome), "Population must not be blank (use null for the whole arm)", "\"" + population + "\"", nameof(Population));
            }
        }
    }
}
