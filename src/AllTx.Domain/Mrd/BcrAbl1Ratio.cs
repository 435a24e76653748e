using System;
using System.Globalization;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// A BCR::ABL1 transcript level by RT-qPCR: the ratio BCR::ABL1 / control gene on the International Scale, in percent
    /// (<see cref="SourceReference.BcrAbl1InternationalScale"/>). A transcript ratio, not a fraction of leukaemic cells: it
    /// can exceed 100 % and is never compared with a cell-fraction MRD threshold such as 1e-4. Greater than 0; at most
    /// 10 000 %, an upper plausibility bound of the SDK (not a clinical limit) that catches a ratio keyed in as a count.
    /// JSON: the percentage as a number.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<BcrAbl1Ratio, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 10000, MinimumIsExclusive = true)]
    public readonly partial struct BcrAbl1Ratio : IValueObject<BcrAbl1Ratio, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>True when this ratio is at or below <paramref name="other"/> (a deeper molecular response).</summary>
        /// <param name="other">The ratio to compare with.</param>
        /// <returns>True when at or below.</returns>
        public bool IsAtOrBelow(BcrAbl1Ratio other) => Value <= other.Value;

        /// <summary>The ratio as "0.1 % IS".</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            IsInitialized() ? (_value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) + " % IS" : ValueObjectSupport.UninitializedText;
    }
}
