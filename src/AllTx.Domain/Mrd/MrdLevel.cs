using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// The quantified level of residual leukaemia in an MRD-positive result: the fraction of leukaemic cells, greater than 0
    /// and at most 1 (DOMAIN.md "Measurable residual disease"; consensus reporting of a positive, quantified level).
    /// Parses and prints both "0.01 %" and "1e-4". JSON: the fraction as a number.
    /// </summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<MrdLevel>))]
    public sealed record MrdLevel : IDecimalScalar<MrdLevel>
    {
        private MrdLevel(decimal fraction)
        {
            Value = fraction;
        }

        /// <summary>The fraction, greater than 0 and at most 1.</summary>
        public decimal Value { get; }

        /// <summary>True when this level is at or above <paramref name="threshold"/> (e.g. 1e-3 is above 1e-4).</summary>
        /// <param name="threshold">The threshold level.</param>
        /// <returns>True when at or above.</returns>
        public bool IsAtOrAbove(MrdLevel threshold)
        {
            ArgumentNullException.ThrowIfNull(threshold);
            return Value >= threshold.Value;
        }

        /// <summary>The MRD-negativity threshold used unless configured: 1e-4 (0.01 %), DOMAIN.md "Measurable residual disease".</summary>
        public static MrdLevel DefaultThreshold { get; } = From(0.0001m);

        /// <summary>From a fraction, e.g. 0.0001 (Vogen-style <c>From</c>).</summary>
        /// <param name="fraction">Greater than 0 and at most 1.</param>
        /// <returns>The value.</returns>
        /// <exception cref="DomainValidationException">Out of range.</exception>
        public static MrdLevel From(decimal fraction) => new(ResidualDiseaseFraction.Require(fraction, nameof(MrdLevel), nameof(fraction)));

        /// <summary>Reads "1e-4", "0.0001" or "0.01 %".</summary>
        /// <param name="text">A fraction or a percentage.</param>
        /// <returns>The value.</returns>
        /// <exception cref="FormatException">Not a number.</exception>
        /// <exception cref="DomainValidationException">Out of range.</exception>
        public static MrdLevel Parse(string text) => new(ResidualDiseaseFraction.Parse(text, nameof(MrdLevel)));

        /// <summary>As a percentage, e.g. "0.01 %".</summary>
        /// <returns>The percentage text.</returns>
        public string ToPercentString() => ResidualDiseaseFraction.Percent(Value);

        /// <summary>In scientific notation, e.g. "1e-4".</summary>
        /// <returns>The scientific text.</returns>
        public override string ToString() => ResidualDiseaseFraction.Scientific(Value);
    }
}
