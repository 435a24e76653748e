using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// The quantified level of residual leukaemia in an MRD-positive result: the fraction of leukaemic cells, greater than 0
    /// and at most 1 (<see cref="SourceReference.MrdReportingInAll2021"/>; consensus reporting of a positive, quantified level). A
    /// generated value object over the fraction: <c>From(0.0001m)</c>, JSON the fraction as a number, and the generated
    /// <c>Parse</c> (<see cref="System.IParsable{TSelf}"/>) reads the invariant decimal fraction ("0.0001"). Laboratory text
    /// in either notation ("1e-4" or "0.01 %") is read by <see cref="ParseFractionOrPercent"/>; <see cref="ToString()"/> prints
    /// "1e-4" and <see cref="ToPercentText"/> "0.01 %". A level means nothing without its assay method: keep it inside an
    /// <see cref="MrdResult"/>.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<MrdLevel, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 1, MinimumIsExclusive = true)]
    [Instance("DefaultThreshold", 0.0001, "The MRD-negativity threshold used unless configured: 1e-4 (0.01 %); MRD-negative complete remission needs a sensitivity of at least 1e-4 (Hematology Am Soc Hematol Educ Program 2021;2021(1):718-725, doi:10.1182/hematology.2021000224).")]
    public readonly partial struct MrdLevel : IValueObject<MrdLevel, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>True when this level is at or above <paramref name="threshold"/> (e.g. 1e-3 is above 1e-4).</summary>
        /// <param name="threshold">The threshold level.</param>
        /// <returns>True when at or above.</returns>
        public bool IsAtOrAbove(MrdLevel threshold) => Value >= threshold.Value;

        /// <summary>Reads laboratory text: a fraction ("1e-4", "0.0001") or a percentage ("0.01 %"), invariant culture.</summary>
        /// <param name="text">A fraction or a percentage.</param>
        /// <returns>The level.</returns>
        /// <exception cref="System.FormatException">Neither a fraction nor a percentage.</exception>
        /// <exception cref="ValueObjectValidationException">Not greater than 0 and at most 1 (100 %).</exception>
        public static MrdLevel ParseFractionOrPercent(string text) => ResidualDiseaseFraction.Parse<MrdLevel>(text);

        /// <summary>Reads laboratory text like <see cref="ParseFractionOrPercent"/>, without throwing.</summary>
        /// <param name="text">A fraction or a percentage.</param>
        /// <param name="level">The level when the text is valid.</param>
        /// <returns>True when the text is a valid level.</returns>
        public static bool TryParseFractionOrPercent([NotNullWhen(true)] string? text, out MrdLevel level) =>
            ResidualDiseaseFraction.TryParse(text, out level);

        /// <summary>As a percentage, e.g. "0.01 %".</summary>
        /// <returns>The percentage text.</returns>
        public string ToPercentText() => ResidualDiseaseFraction.Percent(Value);

        /// <summary>In scientific notation, e.g. "1e-4" (readable by <see cref="ParseFractionOrPercent"/>).</summary>
        /// <returns>The scientific text.</returns>
        public override string ToString() => ResidualDiseaseFraction.Scientific(IsInitialized(), _value);
    }
}
