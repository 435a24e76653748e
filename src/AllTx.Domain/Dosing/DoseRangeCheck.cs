using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// Whether an ordered dose lies within the label range for the patient and cycle day: within, above, below, or not
    /// comparable (with the reason) — never a silent number (issue 5, label regimens). A closed union ([Union]): handle it with the generated <c>Match</c>. JSON: an object with a <c>kind</c> discriminator.
    /// </summary>
    [Union]
    public abstract partial record DoseRangeCheck
    {
        /// <summary>The ordered dose lies within [Lowest, Highest].</summary>
        /// <param name="Ordered">The ordered dose.</param>
        /// <param name="Lowest">The lowest label dose, in the ordered unit.</param>
        /// <param name="Highest">The highest label dose, in the ordered unit.</param>
        public sealed partial record WithinLabelRange(
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Ordered,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Lowest,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Highest)
            : DoseRangeCheck;

        /// <summary>The ordered dose is above the highest label dose.</summary>
        /// <param name="Ordered">The ordered dose.</param>
        /// <param name="Highest">The highest label dose, in the ordered unit.</param>
        /// <param name="Excess">By how much the ordered dose exceeds it.</param>
        public sealed partial record AboveLabelRange(
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Ordered,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Highest,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Excess)
            : DoseRangeCheck;

        /// <summary>The ordered dose is below the lowest label dose.</summary>
        /// <param name="Ordered">The ordered dose.</param>
        /// <param name="Lowest">The lowest label dose, in the ordered unit.</param>
        /// <param name="Shortfall">By how much the ordered dose falls short of it.</param>
        public sealed partial record BelowLabelRange(
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Ordered,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Lowest,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Shortfall)
            : DoseRangeCheck;

        /// <summary>The ordered dose cannot be compared with the label (no label dose for that weight or day, a missing measurement, or an incommensurable unit).</summary>
        /// <param name="Reason">Why, in words.</param>
        public sealed partial record NotComparable([property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<string>))] string Reason) : DoseRangeCheck;
    }
}
