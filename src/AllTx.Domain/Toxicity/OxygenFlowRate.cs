using System;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// A flow of supplemental oxygen in litres per minute (L/min), greater than 0 — the measurement ASTCT CRS grading reads
    /// for nasal-cannula oxygen (low-flow ≤ 6 L/min; <see cref="SourceReference.AstctCrsIcansGrading2019"/>). A generated value object:
    /// <c>From</c> / <c>Value</c> are in L/min; JSON is a number of L/min.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<OxygenFlowRate, decimal>))]
    [ValueObject<decimal>]
    public readonly partial struct OxygenFlowRate : IValueObject<OxygenFlowRate, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>A flow of <paramref name="litresPerMinute"/> L/min (the same as <c>From</c>, with the unit in its name).</summary>
        /// <param name="litresPerMinute">The flow in L/min; greater than 0.</param>
        /// <returns>The flow.</returns>
        /// <exception cref="ValueObjectValidationException">The flow is not positive.</exception>
        public static OxygenFlowRate FromLitresPerMinute(decimal litresPerMinute) => From(litresPerMinute);

        /// <summary>"4 L/min".</summary>
        /// <returns>The flow with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "L/min");

        private static Validation Validate(decimal litresPerMinute) =>
            litresPerMinute > 0m ? Validation.Ok : RuleViolation.Of<OxygenFlowRate, decimal>(litresPerMinute, "must be greater than 0 L/min");
    }
}
