using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// The sensitivity (limit of detection) of the assay behind an MRD-negative result: the smallest fraction of leukaemic
    /// cells it detects, greater than 0 and at most 1. Smaller is more sensitive: 1e-6 (clonoSEQ NGS) is better than 1e-4
    /// (typical MFC) (DOMAIN.md "Measurable residual disease").
    /// Parses and prints both "0.01 %" and "1e-4". JSON: the fraction as a number.
    /// </summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<AssaySensitivity>))]
    public sealed record AssaySensitivity : IDecimalScalar<AssaySensitivity>
    {
        private AssaySensitivity(decimal fraction)
        {
            Value = fraction;
        }

        /// <summary>The fraction, greater than 0 and at most 1.</summary>
        public decimal Value { get; }

        /// <summary>True when this sensitivity is at least as good as (numerically at most) <paramref name="threshold"/>.</summary>
        /// <param name="threshold">The MRD-negativity threshold.</param>
        /// <returns>True when the assay detects disease down to the threshold.</returns>
        public bool IsAtLeastAsSensitiveAs(MrdLevel threshold)
        {
            ArgumentNullException.ThrowIfNull(threshold);
            return Value <= threshold.Value;
        }

        /// <summary>From a fraction, e.g. 0.0001 (Vogen-style <c>From</c>).</summary>
        /// <param name="fraction">Greater than 0 and at most 1.</param>
        /// <returns>The value.</returns>
        /// <exception cref="DomainValidationException">Out of range.</exception>
        public static AssaySensitivity From(decimal fraction) => new(ResidualDiseaseFraction.Require(fraction, nameof(AssaySensitivity), nameof(fraction)));

        /// <summary>Reads "1e-4", "0.0001" or "0.01 %".</summary>
        /// <param name="text">A fraction or a percentage.</param>
        /// <returns>The value.</returns>
        /// <exception cref="FormatException">Not a number.</exception>
        /// <exception cref="DomainValidationException">Out of range.</exception>
        public static AssaySensitivity Parse(string text) => new(ResidualDiseaseFraction.Parse(text, nameof(AssaySensitivity)));

        /// <summary>As a percentage, e.g. "0.01 %".</summary>
        /// <returns>The percentage text.</returns>
        public string ToPercentString() => ResidualDiseaseFraction.Percent(Value);

        /// <summary>In scientific notation, e.g. "1e-4".</summary>
        /// <returns>The scientific text.</returns>
        public override string ToString() => ResidualDiseaseFraction.Scientific(Value);
    }
}
