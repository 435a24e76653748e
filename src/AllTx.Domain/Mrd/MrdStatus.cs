using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// The MRD status of one result against a threshold (default 1e-4, 0.01 %). MRD-negative only when the result is
    /// negative with a sensitivity at least as good as the threshold; a negative result from a less sensitive assay is
    /// "negative with insufficient sensitivity", and PNQ is its own outcome (<see cref="SourceReference.MrdReportingInAll2021"/>).
    /// A closed union ([Union]): handle it with the generated <c>Match</c>.
    /// </summary>
    [Union]
    public abstract partial record MrdStatus
    {
        /// <summary>MRD-negative: negative with a sensitivity at least as good as the threshold.</summary>
        /// <param name="Sensitivity">The assay's sensitivity.</param>
        /// <param name="Threshold">The threshold applied.</param>
        public sealed partial record MrdNegative([property: JsonRequired] AssaySensitivity Sensitivity, [property: JsonRequired] MrdLevel Threshold) : MrdStatus;

        /// <summary>Negative, but from an assay less sensitive than the threshold: not MRD-negative.</summary>
        /// <param name="Sensitivity">The assay's sensitivity.</param>
        /// <param name="Threshold">The threshold applied.</param>
        public sealed partial record NegativeWithInsufficientSensitivity([property: JsonRequired] AssaySensitivity Sensitivity, [property: JsonRequired] MrdLevel Threshold) : MrdStatus;

        /// <summary>Positive, not quantifiable (PNQ).</summary>
        public sealed partial record PositiveNotQuantifiable : MrdStatus;

        /// <summary>Positive at or above the threshold.</summary>
        /// <param name="Level">The quantified level.</param>
        /// <param name="Threshold">The threshold applied.</param>
        public sealed partial record MrdPositive([property: JsonRequired] MrdLevel Level, [property: JsonRequired] MrdLevel Threshold) : MrdStatus;

        /// <summary>Positive with a quantified level below the threshold: detected disease, so not MRD-negative.</summary>
        /// <param name="Level">The quantified level.</param>
        /// <param name="Threshold">The threshold applied.</param>
        public sealed partial record PositiveBelowThreshold([property: JsonRequired] MrdLevel Level, [property: JsonRequired] MrdLevel Threshold) : MrdStatus;

        /// <summary>The status of <paramref name="result"/> against <paramref name="threshold"/>.</summary>
        /// <param name="result">The MRD result.</param>
        /// <param name="threshold">The MRD-negativity threshold.</param>
        /// <returns>The status.</returns>
        public static MrdStatus Of(MrdResult result, MrdLevel threshold)
        {
            ArgumentNullException.ThrowIfNull(result);
            threshold.Require(nameof(threshold));
            return result.Outcome.Match<MrdStatus>(
                positive => positive.Level.IsAtOrAbove(threshold) ? new MrdPositive(positive.Level, threshold) : new PositiveBelowThreshold(positive.Level, threshold),
                _ => new PositiveNotQuantifiable(),
                negative => negative.Sensitivity.IsAtLeastAsSensitiveAs(threshold)
                    ? new MrdNegative(negative.Sensitivity, threshold)
                    : new NegativeWithInsufficientSensitivity(negative.Sensitivity, threshold));
        }
    }
}
