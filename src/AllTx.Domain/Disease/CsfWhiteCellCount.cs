using System;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Disease
{
    /// <summary>
    /// The white-cell count of a cerebrospinal fluid sample, in cells per microlitre (UCUM <c>/uL</c>), 0 or more and at
    /// most 100,000 (the upper bound only catches unit slips such as cells per litre). A generated value object; JSON is
    /// the number of cells/µL.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<CsfWhiteCellCount, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 100000)]
    public readonly partial struct CsfWhiteCellCount : IValueObject<CsfWhiteCellCount, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>"3 /uL".</summary>
        /// <returns>The count with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "/uL");
    }
}
