using System;
using System.Globalization;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// A measured body temperature in degrees Celsius, at least 25 and at most 45 °C. Fever, for ASTCT CRS grading, is
    /// ≥ 38.0 °C (<see cref="SourceReference.AstctCrsIcansGrading2019"/>). The range is a unit sanity check, not a clinical threshold: a
    /// value outside it is most often a Fahrenheit reading such as 100.4, and the rejection says so (with the Celsius
    /// equivalent) when the value lies in 77–113, the Fahrenheit image of 25–45 °C. A generated value object: <c>From</c> /
    /// <c>Value</c> are in °C; JSON is a number of °C.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<BodyTemperature, decimal>))]
    [ValueObject<decimal>]
    public readonly partial struct BodyTemperature : IValueObject<BodyTemperature, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        private const decimal LowestCelsius = 25m;
        private const decimal HighestCelsius = 45m;

        /// <summary>The fever threshold of ASTCT CRS grading: 38.0 °C (Lee et al. 2019).</summary>
        public const decimal FeverThresholdCelsius = 38.0m;

        /// <summary>True when the temperature is ≥ 38.0 °C.</summary>
        public bool IsFever => Value >= FeverThresholdCelsius;

        /// <summary>A temperature of <paramref name="celsius"/> °C (the same as <c>From</c>, with the unit in its name).</summary>
        /// <param name="celsius">Degrees Celsius, 25 to 45.</param>
        /// <returns>The temperature.</returns>
        /// <exception cref="ValueObjectValidationException">Outside 25–45 °C (e.g. a Fahrenheit value).</exception>
        public static BodyTemperature FromCelsius(decimal celsius) => From(celsius);

        /// <summary>The CRS fever status for this reading: <see cref="FeverStatus.Present"/> at ≥ 38.0 °C, otherwise <see cref="FeverStatus.Absent"/>.</summary>
        /// <returns>The fever status.</returns>
        public FeverStatus ToFeverStatus() => IsFever ? FeverStatus.Present : FeverStatus.Absent;

        // A validation of its own rather than [ValueRange]: the declarative rule cannot add the Fahrenheit hint.
        private static Validation Validate(decimal celsius)
        {
            if (celsius is >= LowestCelsius and <= HighestCelsius)
            {
                return Validation.Ok;
            }

            const string Rule = "must be at least 25 and at most 45 (degrees Celsius)";
            decimal asCelsius = (celsius - 32m) * 5m / 9m;
            return asCelsius is >= LowestCelsius and <= HighestCelsius
                ? RuleViolation.Of<BodyTemperature, decimal>(celsius, string.Create(CultureInfo.InvariantCulture, $"{Rule}; {celsius} looks like degrees Fahrenheit, which is {asCelsius:0.0} °C"))
                : RuleViolation.Of<BodyTemperature, decimal>(celsius, Rule);
        }

        /// <summary>"38.4 °C".</summary>
        /// <returns>The temperature with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "°C");
    }
}
