using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// The dose a label gives for one step: the lowest and highest prescribed dose (the same dose for a single label dose,
    /// a range for e.g. tisagenlecleucel 0.2–5.0 × 10⁶/kg), in the same unit.
    /// </summary>
    public sealed record LabelDose
    {
        [JsonConstructor]
        private LabelDose(Dose lowest, Dose highest)
        {
            DomainJson.Validate(() => Check(lowest, highest));
            Lowest = lowest;
            Highest = highest;
        }

        /// <summary>The lowest dose of the step.</summary>
        public Dose Lowest { get; }

        /// <summary>The highest dose of the step.</summary>
        public Dose Highest { get; }

        /// <summary>A single label dose.</summary>
        /// <param name="dose">The dose.</param>
        /// <returns>The label dose.</returns>
        public static LabelDose Exactly(Dose dose) => new(dose ?? throw new ArgumentNullException(nameof(dose)), dose);

        /// <summary>A label dose range.</summary>
        /// <param name="lowest">The lowest dose.</param>
        /// <param name="highest">The highest dose, in the same unit, not below <paramref name="lowest"/>.</param>
        /// <returns>The label dose range.</returns>
        /// <exception cref="DomainValidationException">Different units or a reversed range.</exception>
        public static LabelDose Between(Dose lowest, Dose highest)
        {
            Check(lowest, highest);
            return new LabelDose(lowest, highest);
        }

        /// <summary>"5 ug/(m2.d)" or "0.2–5.0 10*6/kg".</summary>
        /// <returns>The label dose in words.</returns>
        public override string ToString() => Lowest == Highest ? Lowest.ToString() : $"{Lowest.Amount}-{Highest}";

        private static void Check(Dose lowest, Dose highest)
        {
            DomainJson.RequirePresent(lowest, nameof(LabelDose), nameof(Lowest));
            DomainJson.RequirePresent(highest, nameof(LabelDose), nameof(Highest));
            if (lowest.Unit != highest.Unit || lowest.CountedCells != highest.CountedCells || lowest.Amount > highest.Amount)
            {
                throw new DomainValidationException(nameof(LabelDose), "must run from Lowest to Highest in one unit", $"{lowest} to {highest}", nameof(Highest));
            }
        }
    }
}
