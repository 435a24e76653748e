using System;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Disease
{
    /// <summary>
    /// The percentage of blasts expressing an antigen, from 0 to 100 %, when the laboratory reports it . A generated value object; JSON is a number of percent.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<PercentPositive, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 100)]
    public readonly partial struct PercentPositive : IValueObject<PercentPositive, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>"85 %".</summary>
        /// <returns>The percentage with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "%");
    }
}
