using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Engraftment
{
    /// <summary>
    /// Whether a count recovered to an engraftment threshold: engrafted on a date (the first of the qualifying values) with
    /// its transplant day and the values that qualified, never below the threshold (the registry forms' own answer, not
    /// engraftment on day 0), or not engrafted with the reason. A closed union. JSON: the case object with a <c>kind</c>
    /// discriminator.
    /// </summary>
    [Union]
    public abstract partial record EngraftmentOutcome
    {
        /// <summary>The threshold was met.</summary>
        /// <param name="Date">The engraftment date: the first of the qualifying values.</param>
        /// <param name="Day">The same date on the transplant's timeline.</param>
        /// <param name="QualifyingCounts">The values, on different days, that met the threshold.</param>
        public sealed partial record Engrafted(DateOnly Date, TransplantDay Day, [property: JsonRequired] IReadOnlyList<BloodCount> QualifyingCounts) : EngraftmentOutcome;

        /// <summary>
        /// The count never fell below the threshold from day 0 on (and, for platelets, no platelet transfusion was given):
        /// CIBMTR records this as its own answer ("ANC never below 0.5 × 10⁹/L"; platelets "not applicable" when they never
        /// dropped below 20 × 10⁹/L and a transfusion was never required), so there is no engraftment date
        /// (<see cref="SourceReference.CibmtrEngraftmentDefinitions"/>).
        /// </summary>
        /// <param name="LowestCount">The lowest value from day 0 on, still at or above the threshold.</param>
        /// <param name="LatestCount">The latest value looked at.</param>
        public sealed partial record NeverBelowThreshold([property: JsonRequired] BloodCount LowestCount, [property: JsonRequired] BloodCount LatestCount) : EngraftmentOutcome;

        /// <summary>The threshold was not met by the counts given.</summary>
        /// <param name="Reason">Why, in words.</param>
        public sealed partial record NotEngrafted([property: JsonRequired] string Reason) : EngraftmentOutcome;
    }
}
