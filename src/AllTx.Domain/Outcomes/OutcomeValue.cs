using System.Text.Json.Serialization;

namespace AllTx.Domain.Outcomes
{
    /// <summary>
    /// How an outcome is reported : a rate (e.g. CR 33.6 %), a rate at a time point
    /// (2-year OS 89.2 %), a proportion with counts (27/30 = 90.0 %), a median with its unit (median OS 7.7 months) or a
    /// median not reached, or a hazard ratio. A closed union: <c>Match</c> has one handler per case, so a new case breaks
    /// every consumer's compile. JSON: the case object with a <c>kind</c> discriminator.
    /// </summary>
    [Union]
    public abstract partial record OutcomeValue
    {
        /// <summary>A rate without a time point, e.g. "CR 33.6 %".</summary>
        /// <param name="Value">The rate.</param>
        public sealed partial record Rate([property: JsonRequired] Percentage Value) : OutcomeValue;

        /// <summary>A rate at a time point, e.g. "2-year OS 89.2 %".</summary>
        /// <param name="Value">The rate.</param>
        /// <param name="At">The time point.</param>
        public sealed partial record RateAtTimePoint([property: JsonRequired] Percentage Value, [property: JsonRequired] FollowUpTime At) : OutcomeValue;

        /// <summary>A count out of a total, with the printed percentage checked against the counts.</summary>
        /// <param name="Value">The proportion.</param>
        public sealed partial record CountedProportion([property: JsonRequired] Proportion Value) : OutcomeValue;

        /// <summary>A median with its unit, e.g. "median OS 7.7 months".</summary>
        /// <param name="Value">The median time.</param>
        public sealed partial record Median([property: JsonRequired] FollowUpTime Value) : OutcomeValue;

        /// <summary>The median was not reached during follow-up.</summary>
        public sealed partial record MedianNotReached : OutcomeValue;

        /// <summary>A hazard ratio with its CI and p-value when reported.</summary>
        /// <param name="Value">The hazard ratio.</param>
        public sealed partial record HazardRatioEstimate([property: JsonRequired] HazardRatio Value) : OutcomeValue;
    }
}
