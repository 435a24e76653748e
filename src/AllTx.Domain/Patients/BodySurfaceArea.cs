using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;
using Vogen;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A body-surface area in square metres, greater than 0 and at most 5 m²: the measurement behind a per-m² dose (mCODE
    /// normalizationBasis, SNOMED CT 301898006). A generated value object: <c>From</c> /
    /// <c>Value</c> are in m²; JSON is a number of m².
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<BodySurfaceArea, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 5, MinimumIsExclusive = true)]
    public readonly partial struct BodySurfaceArea : IValueObject<BodySurfaceArea, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>The area as a quantity in <c>m2</c>.</summary>
        public Quantity Quantity => Quantity.Of(Value, Unit.SquareMetre);

        /// <summary>A body-surface area of <paramref name="squareMetres"/> m² (the same as <c>From</c>, with the unit in its name).</summary>
        /// <param name="squareMetres">The area in m²; greater than 0 and at most 5.</param>
        /// <returns>The body-surface area.</returns>
        /// <exception cref="ValueObjectValidationException">The area is out of range.</exception>
        public static BodySurfaceArea FromSquareMetres(decimal squareMetres) => From(squareMetres);

        /// <summary>"1.82 m2".</summary>
        /// <returns>The area with its UCUM unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "m2");
    }
}
