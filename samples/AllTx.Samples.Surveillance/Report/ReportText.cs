using AllTx.Domain.Dosing;
using AllTx.Domain.Mrd;
using AllTx.Domain.Outcomes;

namespace AllTx.Samples.Surveillance.Report
{
    /// <summary>The words the report uses for the SDK's result unions; each case is handled, none guessed.</summary>
    internal static class ReportText
    {
        /// <summary>An MRD status and the level or sensitivity behind it.</summary>
        public static (string Status, string Detail) Of(MrdStatus status) => status.Match(
            mrdNegative: negative => ("MRD-negative", $"negative at sensitivity {negative.Sensitivity.ToString()} (threshold {negative.Threshold.ToString()})"),
            negativeWithInsufficientSensitivity: negative => ("negative, insufficient sensitivity", $"sensitivity {negative.Sensitivity.ToString()} does not reach the threshold {negative.Threshold.ToString()}"),
            positiveNotQuantifiable: _ => ("positive, not quantifiable", "detected below the quantitative range"),
            mrdPositive: positive => ("MRD-positive", $"level {positive.Level.ToString()} (threshold {positive.Threshold.ToString()})"),
            positiveBelowThreshold: positive => ("positive below threshold", $"level {positive.Level.ToString()} (threshold {positive.Threshold.ToString()})"));

        /// <summary>A dose check and the range, excess, shortfall or reason behind it.</summary>
        public static (string Check, string Detail) Of(DoseRangeCheck check) => check.Match(
            withinLabelRange: within => ("within", $"label {within.Lowest} to {within.Highest}"),
            aboveLabelRange: above => ("above", $"{above.Excess} above the label's {above.Highest}"),
            belowLabelRange: below => ("below", $"{below.Shortfall} below the label's {below.Lowest}"),
            notComparable: notComparable => ("not comparable", notComparable.Reason));
    
        /// <summary>An outcome as quoted, e.g. "OverallSurvival HR 0.42 (p = 0.004)".</summary>
        public static string Of(ReportedOutcome outcome) => $"{outcome.Endpoint} " + outcome.Value.Match(
            rate: rate => rate.Value.ToString(),
            rateAtTimePoint: rate => $"{rate.Value.ToString()} at {rate.At.ToString()}",
            countedProportion: proportion => proportion.Value.ToString(),
            median: median => $"median {median.Value.ToString()}",
            medianNotReached: _ => "median not reached",
            hazardRatioEstimate: hazard => hazard.Value.ToString());
    }
}
