using System;
using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;
using Vogen;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A patient's body height in centimetres, at least 20 and at most 300 cm: an input of the Mosteller body-surface
    /// area. The range is a plausibility check, not a clinical threshold: 20 cm lies below the shortest length of the
    /// Fenton preterm growth chart (from 22 weeks' gestation, <see cref="SourceReference.FentonPretermGrowthChart"/>), the
    /// smallest patients the SDK can meet, and 300 cm above any recorded adult. A value below it is most often metres
    /// keyed into the centimetre field (1.75 → a BSA of 0.18 m² and a tenfold dose error), and the rejection says so. A
    /// generated value object: <c>From</c> / <c>Value</c> are in cm; JSON is a number of cm.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<BodyHeight, decimal>))]
    [ValueObject<decimal>]
    public readonly partial struct BodyHeight : IValueObject<BodyHeight, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        private const decimal LowestCentimetres = 20m;
        private const decimal HighestCentimetres = 300m;

        /// <summary>The height as a quantity in <c>cm</c>.</summary>
        public Quantity Quantity => Quantity.Of(Value, Unit.Centimetre);

        /// <summary>A body height of <paramref name="centimetres"/> cm (the same as <c>From</c>, with the unit in its name).</summary>
        /// <param name="centimetres">The height in cm; at least 20 and at most 300.</param>
        /// <returns>The body height.</returns>
        /// <exception cref="ValueObjectValidationException">The height is out of range.</exception>
        public static BodyHeight FromCentimetres(decimal centimetres) => From(centimetres);

        // A validation of its own rather than [ValueRange]: the declarative rule cannot name the unit or the metres hint.
        private static Validation Validate(decimal centimetres)
        {
            if (centimetres is >= LowestCentimetres and <= HighestCentimetres)
            {
                return Validation.Ok;
            }

            const string Rule = "must be at least 20 and at most 300 (centimetres)";
            return centimetres * 100m is >= LowestCentimetres and <= HighestCentimetres
                ? RuleViolation.Of<BodyHeight, decimal>(centimetres, string.Create(CultureInfo.InvariantCulture, $"{Rule}; {centimetres} looks like metres, which is {centimetres * 100m} cm"))
                : RuleViolation.Of<BodyHeight, decimal>(centimetres, Rule);
        }

        /// <summary>"170 cm".</summary>
        /// <returns>The height with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "cm");
    }
}
