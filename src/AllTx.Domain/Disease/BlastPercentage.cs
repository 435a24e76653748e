using System;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Disease
{
    /// <summary>
    /// The percentage of blasts among bone-marrow cells, from 0 to 100 % (the count-based
    /// response thresholds use it, with the limit of the named criteria set, <see cref="Response.ResponseCriteriaSet"/>). A generated value object; JSON is a number
    /// of percent.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<BlastPercentage, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 100)]
    public readonly partial struct BlastPercentage : IValueObject<BlastPercentage, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>"4.5 %".</summary>
        /// <returns>The percentage with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "%");
    }
}
