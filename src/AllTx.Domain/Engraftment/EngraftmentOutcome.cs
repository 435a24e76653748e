using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Engraftment
{
    /// <summary>
    /// Whether a count recovered to an engraftment threshold: engrafted on a date (the first of the qualifying values) with
    /// its transplant day and the values that qualified, or not engrafted with the reason. A closed union. JSON: the case
    /// object with a <c>kind</c> discriminator.
    /// </summary>
    [Union]
    public abstract partial record EngraftmentOutcome
    {
        /// <summary>The threshold was met.</summary>
        /// <param name="Date">The engraftment date: the first of the qualifying values.</param>
        /// <param name="Day">The same date on the transplant's timeline.</param>
        /// <param name="QualifyingCounts">The values, on different days, that met the threshold.</param>
        public sealed partial record Engrafted(DateOnly Date, TransplantDay Day, [property: JsonRequired] IReadOnlyList<BloodCount> QualifyingCounts) : EngraftmentOutcome;

        /// <summary>The threshold was not met by the counts given.</summary>
        /// <param name="Reason">Why, in words.</param>
        public sealed partial record NotEngrafted([property: JsonRequired] string Reason) : EngraftmentOutcome;
    }
}
