using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// Whether an ordered dose lies within the label range for the patient and cycle day: within, above, below, or not
    /// comparable (with the reason) — never a silent number (issue 5, label regimens). A closed union: use
    /// <see cref="Match{TResult}"/>. JSON: an object with a <c>kind</c> discriminator.
    /// </summary>
    [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
    [JsonDerivedType(typeof(WithinLabelRange), "withinLabelRange")]
    [JsonDerivedType(typeof(AboveLabelRange), "aboveLabelRange")]
    [JsonDerivedType(typeof(BelowLabelRange), "belowLabelRange")]
    [JsonDerivedType(typeof(NotComparable), "notComparable")]
    public abstract record DoseRangeCheck
    {
        private DoseRangeCheck()
        {
        }

        /// <summary>Handles each outcome; a new outcome breaks every caller's compile.</summary>
        /// <typeparam name="TResult">The result type.</typeparam>
        /// <param name="withinLabelRange">For a dose within the range.</param>
        /// <param name="aboveLabelRange">For a dose above the range.</param>
        /// <param name="belowLabelRange">For a dose below the range.</param>
        /// <param name="notComparable">When the dose cannot be compared.</param>
        /// <returns>The handler's result.</returns>
        public TResult Match<TResult>(
            Func<WithinLabelRange, TResult> withinLabelRange,
            Func<AboveLabelRange, TResult> aboveLabelRange,
            Func<BelowLabelRange, TResult> belowLabelRange,
            Func<NotComparable, TResult> notComparable)
        {
            ArgumentNullException.ThrowIfNull(withinLabelRange);
            ArgumentNullException.ThrowIfNull(aboveLabelRange);
            ArgumentNullException.ThrowIfNull(belowLabelRange);
            ArgumentNullException.ThrowIfNull(notComparable);
            return this switch
            {
                WithinLabelRange value => withinLabelRange(value),
                AboveLabelRange value => aboveLabelRange(value),
                BelowLabelRange value => belowLabelRange(value),
                _ => notComparable((NotComparable)this),
            };
        }

        /// <summary>The ordered dose lies within [Lowest, Highest].</summary>
        /// <param name="Ordered">The ordered dose.</param>
        /// <param name="Lowest">The lowest label dose, in the ordered unit.</param>
        /// <param name="Highest">The highest label dose, in the ordered unit.</param>
        public sealed record WithinLabelRange([property: JsonRequired] Quantity Ordered, [property: JsonRequired] Quantity Lowest, [property: JsonRequired] Quantity Highest) : DoseRangeCheck;

        /// <summary>The ordered dose is above the highest label dose.</summary>
        /// <param name="Ordered">The ordered dose.</param>
        /// <param name="Highest">The highest label dose, in the ordered unit.</param>
        /// <param name="Excess">By how much the ordered dose exceeds it.</param>
        public sealed record AboveLabelRange([property: JsonRequired] Quantity Ordered, [property: JsonRequired] Quantity Highest, [property: JsonRequired] Quantity Excess) : DoseRangeCheck;

        /// <summary>The ordered dose is below the lowest label dose.</summary>
        /// <param name="Ordered">The ordered dose.</param>
        /// <param name="Lowest">The lowest label dose, in the ordered unit.</param>
        /// <param name="Shortfall">By how much the ordered dose falls short of it.</param>
        public sealed record BelowLabelRange([property: JsonRequired] Quantity Ordered, [property: JsonRequired] Quantity Lowest, [property: JsonRequired] Quantity Shortfall) : DoseRangeCheck;

        /// <summary>The ordered dose cannot be compared with the label (no label dose for that weight or day, a missing measurement, or an incommensurable unit).</summary>
        /// <param name="Reason">Why, in words.</param>
        public sealed record NotComparable([property: JsonRequired] string Reason) : DoseRangeCheck;
    }
}
