using System;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The Karnofsky performance status of a patient aged 16 or older: 0 (dead) to 100 (normal, no complaints, no evidence
    /// of disease) in steps of 10 (<see cref="SourceReference.KarnofskyPerformanceScale"/>; the age range is CIBMTR's,
    /// <see cref="SourceReference.CibmtrPerformanceScaleByAge"/>). Choose between it and the Lansky scale with
    /// <see cref="PerformanceStatus.ForAge"/>. A generated value object; JSON is the number.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<KarnofskyPerformanceStatus, int>))]
    [ValueObject<int>]
    [ValueRange(0, 100)]
    public readonly partial struct KarnofskyPerformanceStatus : IValueObject<KarnofskyPerformanceStatus, int>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>"80".</summary>
        /// <returns>The score.</returns>
        public override string ToString() => PerformanceScore.Text(IsInitialized(), _value);

        // The range first (CheckDeclaredRules), then what a range cannot say: the score moves in steps of 10.
        private static Validation Validate(int score) => PerformanceScore.InStepsOfTen<KarnofskyPerformanceStatus>(score, CheckDeclaredRules(score));
    }
}
