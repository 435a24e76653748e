using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;
using Vogen;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A patient's body height in centimetres, greater than 0 and at most 300 cm: an input of the Mosteller body-surface
    /// area (DOMAIN.md "Drugs and dosing"). A generated value object: <c>From</c> / <c>Value</c> are in cm; JSON is a
    /// number of cm.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<BodyHeight, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 300, MinimumIsExclusive = true)]
    public readonly partial struct BodyHeight : IValueObject<BodyHeight, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>The height as a quantity in <c>cm</c>.</summary>
        public Quantity Quantity => Quantity.Of(Value, Unit.Centimetre);

        /// <summary>A body height of <paramref name="centimetres"/> cm (the same as <c>From</c>, with the unit in its name).</summary>
        /// <param name="centimetres">The height in cm; greater than 0 and at most 300.</param>
        /// <returns>The body height.</returns>
        /// <exception cref="ValueObjectValidationException">The height is out of range.</exception>
        public static BodyHeight FromCentimetres(decimal centimetres) => From(centimetres);

        /// <summary>"170 cm".</summary>
        /// <returns>The height with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "cm");
    }
}
