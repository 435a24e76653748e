using System;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A patient's age in completed years, 0 to 130 (the upper bound is the SDK's own plausibility limit, not a clinical
    /// rule), at the moment a fact was recorded: what label indications ("patients up to 25 years of age",
    /// <see cref="SourceReference.KymriahLabel"/>), age-dependent gradings (the CAPD below 12 years,
    /// <see cref="Toxicity.AstctConsensus.Grading2019"/>) and the registry forms' choice of performance scale
    /// (<see cref="Registry.PerformanceStatus"/>) compare. A generated value object; JSON is the number of years.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<AgeInYears, int>))]
    [ValueObject<int>]
    [ValueRange(0, 130)]
    public readonly partial struct AgeInYears : IValueObject<AgeInYears, int>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(int value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>"25 years".</summary>
        /// <returns>The age with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "years");

        /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
        /// <param name="left">The first age.</param>
        /// <param name="right">The second age.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator <(AgeInYears left, AgeInYears right) => left.Value < right.Value;

        /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
        /// <param name="left">The first age.</param>
        /// <param name="right">The second age.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator >(AgeInYears left, AgeInYears right) => left.Value > right.Value;

        /// <summary>Whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
        /// <param name="left">The first age.</param>
        /// <param name="right">The second age.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator <=(AgeInYears left, AgeInYears right) => left.Value <= right.Value;

        /// <summary>Whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
        /// <param name="left">The first age.</param>
        /// <param name="right">The second age.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator >=(AgeInYears left, AgeInYears right) => left.Value >= right.Value;
    }
}
