using System.Text.Json.Serialization;
using AllTx.Domain.Units;
using OneOf;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// Whether an ordered dose lies within the label range for the patient and cycle day: within, above, below, or not
    /// comparable (with the reason) — never a silent number (issue 5, label regimens); also the result of a CAR-T dose
    /// rule check. A OneOf of its four cases with named cases: handle it with
    /// <c>Match(withinLabelRange: …, aboveLabelRange: …, belowLabelRange: …, notComparable: …)</c>. JSON:
    /// <c>{"case": "aboveLabelRange", "value": {…}}</c>.
    /// </summary>
    [Union]
    public sealed partial class DoseRangeCheck : OneOfBase<DoseRangeCheck.WithinLabelRange, DoseRangeCheck.AboveLabelRange, DoseRangeCheck.BelowLabelRange, DoseRangeCheck.NotComparable>
    {
        /// <summary>The ordered dose lies within [Lowest, Highest].</summary>
        /// <param name="Ordered">The ordered dose.</param>
        /// <param name="Lowest">The lowest label dose, in the ordered unit.</param>
        /// <param name="Highest">The highest label dose, in the ordered unit.</param>
        public sealed record WithinLabelRange(
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Ordered,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Lowest,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Highest);

        /// <summary>The ordered dose is above the highest label dose.</summary>
        /// <param name="Ordered">The ordered dose.</param>
        /// <param name="Highest">The highest label dose, in the ordered unit.</param>
        /// <param name="Excess">By how much the ordered dose exceeds it.</param>
        public sealed record AboveLabelRange(
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Ordered,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Highest,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Excess);

        /// <summary>The ordered dose is below the lowest label dose.</summary>
        /// <param name="Ordered">The ordered dose.</param>
        /// <param name="Lowest">The lowest label dose, in the ordered unit.</param>
        /// <param name="Shortfall">By how much the ordered dose falls short of it.</param>
        public sealed record BelowLabelRange(
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Ordered,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Lowest,
            [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Quantity>))] Quantity Shortfall);

        /// <summary>The ordered dose cannot be compared with the label (no label dose for that weight or day, a missing measurement, or an incommensurable unit).</summary>
        /// <param name="Reason">Why, in words.</param>
        public sealed record NotComparable([property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<string>))] string Reason);
    }
}
