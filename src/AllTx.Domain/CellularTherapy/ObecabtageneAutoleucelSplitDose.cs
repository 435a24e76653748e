using System;
using System.Collections.Generic;
using System.Globalization;
using AllTx.Domain.Dosing;
using AllTx.Domain.Units;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>
    /// The split-dose structure of obecabtagene autoleucel (<see cref="SourceReference.ObecabtageneAutoleucelLabel"/>): a total
    /// of 410 × 10⁶ CD19 CAR-positive viable T cells given as two infusions, the first on day 1 and the second on day 10
    /// (± 2 days, so days 8–12), the split between them set by the bone-marrow blast percentage of a sample taken within 7
    /// days before lymphodepletion starts. Only this structure is encoded: the per-infusion amounts of each blast-burden
    /// split were not available to check against the label and are not in the SDK, so <see cref="Check"/> verifies the
    /// total and the days, never which split was chosen. Data with a source, never advice.
    /// </summary>
    public static class ObecabtageneAutoleucelSplitDose
    {
        /// <summary>The days before lymphodepletion within which the blast-percentage sample must be taken: 7.</summary>
        public const int BlastSampleWindowDays = 7;

        /// <summary>The total dose: 410 × 10⁶ CAR-positive viable T cells.</summary>
        public static Dose TotalDose { get; } = Dose.TotalCells(410m, DoseUnit.Parse("10*6{cells}"), CellPopulation.CarPositiveViableTCells);

        /// <summary>The day of the first infusion: day 1.</summary>
        public static CycleDay FirstInfusionDay { get; } = CycleDay.From(1);

        /// <summary>The days of the second infusion: day 10 ± 2, days 8–12.</summary>
        public static DayRange SecondInfusionDays { get; } = DayRange.Days(8, 12);

        /// <summary>Whether two infusions match the label's split-dose structure: together 410 × 10⁶ cells, the second on days 8–12.</summary>
        /// <param name="firstInfusion">The cells of the day-1 infusion, in a cell-count unit (e.g. <c>10*6{cells}</c>).</param>
        /// <param name="secondInfusion">The cells of the second infusion, in a cell-count unit.</param>
        /// <param name="secondInfusionDay">The day of the second infusion, counted from the first infusion as day 1.</param>
        /// <returns>The check, with a reason for each rule.</returns>
        /// <exception cref="IncommensurableUnitsException">An infusion that is not a cell count.</exception>
        public static SplitDoseCheck Check(Quantity firstInfusion, Quantity secondInfusion, CycleDay secondInfusionDay)
        {
            ArgumentNullException.ThrowIfNull(firstInfusion);
            ArgumentNullException.ThrowIfNull(secondInfusion);
            secondInfusionDay.Require(nameof(secondInfusionDay));
            Quantity total = firstInfusion.ConvertTo(TotalDose.Quantity.Unit) + secondInfusion.ConvertTo(TotalDose.Quantity.Unit);
            bool totalMatches = total.CompareTo(TotalDose.Quantity) == 0;
            bool dayMatches = SecondInfusionDays.Contains(secondInfusionDay);
            List<string> reasons =
            [
                string.Create(CultureInfo.InvariantCulture, $"total {total} {(totalMatches ? "is" : "is not")} the label's {TotalDose.Quantity}"),
                $"second infusion on {secondInfusionDay} {(dayMatches ? "is" : "is not")} within {SecondInfusionDays} (day 10 ± 2)",
            ];
            return new SplitDoseCheck(totalMatches && dayMatches, reasons);
        }
    }
}
