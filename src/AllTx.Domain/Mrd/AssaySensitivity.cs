using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// The sensitivity (limit of detection) of the assay behind an MRD-negative result: the smallest fraction of leukaemic
    /// cells it detects, greater than 0 and at most 1. Smaller is more sensitive: 1e-6 (clonoSEQ NGS) is better than 1e-4
    /// (typical MFC) (<see cref="SourceReference.MrdReportingInAll2021"/>). A generated value object over the fraction: JSON the
    /// fraction as a number, the generated <c>Parse</c> reads the invariant decimal fraction ("0.0001"); laboratory text in
    /// either notation ("1e-4" or "0.01 %") is read by <see cref="ParseFractionOrPercent"/>.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<AssaySensitivity, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 1, MinimumIsExclusive = true)]
    public readonly partial struct AssaySensitivity : IValueObject<AssaySensitivity, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>True when this sensitivity is at least as good as (numerically at most) <paramref name="threshold"/>.</summary>
        /// <param name="threshold">The MRD-negativity threshold.</param>
        /// <returns>True when the assay detects disease down to the threshold.</returns>
        public bool IsAtLeastAsSensitiveAs(MrdLevel threshold) => Value <= threshold.Value;

        /// <summary>Reads laboratory text: a fraction ("1e-4", "0.0001") or a percentage ("0.01 %"), invariant culture.</summary>
        /// <param name="text">A fraction or a percentage.</param>
        /// <returns>The sensitivity.</returns>
        /// <exception cref="System.FormatException">Neither a fraction nor a percentage.</exception>
        /// <exception cref="ValueObjectValidationException">Not greater than 0 and at most 1 (100 %).</exception>
        public static AssaySensitivity ParseFractionOrPercent(string text) => ResidualDiseaseFraction.Parse<AssaySensitivity>(text);

        /// <summary>Reads laboratory text like <see cref="ParseFractionOrPercent"/>, without throwing.</summary>
        /// <param name="text">A fraction or a percentage.</param>
        /// <param name="sensitivity">The sensitivity when the text is valid.</param>
        /// <returns>True when the text is a valid sensitivity.</returns>
        public static bool TryParseFractionOrPercent([NotNullWhen(true)] string? text, out AssaySensitivity sensitivity) =>
            ResidualDiseaseFraction.TryParse(text, out sensitivity);

        /// <summary>As a percentage, e.g. "0.01 %".</summary>
        /// <returns>The percentage text.</returns>
        public string ToPercentText() => ResidualDiseaseFraction.Percent(Value);

        /// <summary>In scientific notation, e.g. "1e-4" (readable by <see cref="ParseFractionOrPercent"/>).</summary>
        /// <returns>The scientific text.</returns>
        public override string ToString() => ResidualDiseaseFraction.Scientific(IsInitialized(), _value);
    }
}
