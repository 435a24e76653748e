using System;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The Lansky play-performance score of a child aged 1 to less than 16: 0 (unresponsive) to 100 (fully active, normal)
    /// in steps of 10, rated from the child's usual play (<see cref="SourceReference.LanskyPlayPerformanceScale"/>; the age
    /// range is CIBMTR's, <see cref="SourceReference.CibmtrPerformanceScaleByAge"/>). Choose between it and the Karnofsky
    /// scale with <see cref="PerformanceStatus.ForAge"/>. A generated value object; JSON is the number.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<LanskyPerformanceStatus, int>))]
    [ValueObject<int>]
    [ValueRange(0, 100)]
    public readonly partial struct LanskyPerformanceStatus : IValueObject<LanskyPerformanceStatus, int>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>"70".</summary>
        /// <returns>The score.</returns>
        public override string ToString() => PerformanceScore.Text(IsInitialized(), _value);

        // The range first (CheckDeclaredRules), then what a range cannot say: the score moves in steps of 10.
        private static Validation Validate(int score) => PerformanceScore.InStepsOfTen<LanskyPerformanceStatus>(score, CheckDeclaredRules(score));
    }
}
