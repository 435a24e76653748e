using System;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Outcomes
{
    /// <summary>
    /// A percentage from 0 to 100 as a report prints it for a rate or a share (2-year OS
    /// 89.2 %, <see cref="SourceReference.BlinatumomabBeforeHsctInChildren2025"/>; 27/30 = 90 %), or a share of donor cells in a chimerism result (CIBMTR form 2451). A generated
    /// value object; JSON is a number of percent.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<Percentage, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 100)]
    public readonly partial struct Percentage : IValueObject<Percentage, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>"89.2 %".</summary>
        /// <returns>The percentage with its sign.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "%");
    }
}
