using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// A measured body temperature in degrees Celsius. Fever, for ASTCT CRS grading, is ≥ 38.0 °C
    /// (<see cref="AstctConsensus.Grading2019"/>). Values outside 25–45 °C are refused as not a body temperature in °C
    /// (most often a Fahrenheit reading such as 100.4); these bounds are a unit sanity check, not a clinical threshold.
    /// JSON: a number of °C.
    /// </summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<BodyTemperature>))]
    public sealed record BodyTemperature : IDecimalScalar<BodyTemperature>
    {
        /// <summary>The fever threshold of ASTCT CRS grading: 38.0 °C (Lee et al. 2019).</summary>
        public const decimal FeverThresholdCelsius = 38.0m;

        private BodyTemperature(decimal celsius)
        {
            Value = celsius;
        }

        /// <summary>The temperature in °C.</summary>
        public decimal Value { get; }

        /// <summary>True when the temperature is ≥ 38.0 °C.</summary>
        public bool IsFever => Value >= FeverThresholdCelsius;

        /// <summary>A temperature of <paramref name="celsius"/> °C (Vogen-style <c>From</c>).</summary>
        /// <param name="celsius">Degrees Celsius, 25 to 45.</param>
        /// <returns>The temperature.</returns>
        /// <exception cref="DomainValidationException">Outside 25–45 °C.</exception>
        public static BodyTemperature From(decimal celsius) => FromCelsius(celsius);

        /// <summary>A temperature of <paramref name="celsius"/> °C.</summary>
        /// <param name="celsius">Degrees Celsius, 25 to 45.</param>
        /// <returns>The temperature.</returns>
        /// <exception cref="DomainValidationException">Outside 25–45 °C (e.g. a Fahrenheit value).</exception>
        public static BodyTemperature FromCelsius(decimal celsius) =>
            celsius is >= 25m and <= 45m
                ? new(celsius)
                : throw new DomainValidationException(nameof(BodyTemperature), "must be between 25 °C and 45 °C (a body temperature in Celsius, not Fahrenheit)", celsius.ToString(CultureInfo.InvariantCulture), nameof(celsius));

        /// <summary>The CRS fever status for this reading: <see cref="FeverStatus.Present"/> at ≥ 38.0 °C, otherwise <see cref="FeverStatus.Absent"/>.</summary>
        /// <returns>The fever status.</returns>
        public FeverStatus ToFeverStatus() => IsFever ? FeverStatus.Present : FeverStatus.Absent;

        /// <summary>"38.4 °C".</summary>
        /// <returns>The temperature with its unit.</returns>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " °C";
    }
}
