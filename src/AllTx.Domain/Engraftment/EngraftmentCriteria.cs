using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Engraftment
{
    /// <summary>
    /// Engraftment computed from a series of counts after HSCT, following the CIBMTR definitions
    /// (<see cref="SourceReference.CibmtrEngraftmentDefinitions"/>): neutrophil engraftment is an ANC ≥ 0.5 × 10⁹/L on 3
    /// consecutive values on different days, dated to the first of the three; platelet engraftment is a count ≥ 20 × 10⁹/L
    /// (or ≥ 50 × 10⁹/L) on 3 consecutive values on different days with no platelet transfusion in the 7 days before each
    /// value (the day of the count included, to be safe when the order is unknown), dated to the first. Only counts from
    /// day 0 on are used; when a day has several values its lowest counts. Values count toward recovery only after the
    /// count has fallen below the threshold (CIBMTR: not before the nadir). A count that never fell below the threshold is
    /// <see cref="EngraftmentOutcome.NeverBelowThreshold"/>, not engraftment on day 0; for platelets only when no platelet
    /// transfusion was given either (a transfused patient whose count stayed above the threshold is assessed on the
    /// transfusion-free values). The unmet reason says what was missing.
    /// </summary>
    public static class EngraftmentCriteria
    {
        /// <summary>The neutrophil engraftment threshold: ANC ≥ 0.5 × 10⁹/L.</summary>
        public const decimal NeutrophilThreshold = 0.5m;

        /// <summary>The first platelet engraftment threshold: ≥ 20 × 10⁹/L.</summary>
        public const decimal PlateletThreshold20 = 20m;

        /// <summary>The second platelet engraftment threshold: ≥ 50 × 10⁹/L.</summary>
        public const decimal PlateletThreshold50 = 50m;

        /// <summary>How many consecutive values on different days must meet the threshold: 3.</summary>
        public const int RequiredConsecutiveValues = 3;

        /// <summary>How many days before a platelet count must be free of platelet transfusion: 7.</summary>
        public const int TransfusionFreeDays = 7;

        /// <summary>Neutrophil engraftment: ANC ≥ 0.5 × 10⁹/L on 3 consecutive values on different days.</summary>
        /// <param name="timeline">The transplant's timeline.</param>
        /// <param name="absoluteNeutrophilCounts">The ANC series.</param>
        /// <returns>The outcome.</returns>
        public static EngraftmentOutcome Neutrophils(TransplantTimeline timeline, IEnumerable<BloodCount> absoluteNeutrophilCounts) =>
            Assess(timeline, absoluteNeutrophilCounts, NeutrophilThreshold, [], "ANC");

        /// <summary>Platelet engraftment at ≥ 20 or ≥ 50 × 10⁹/L on 3 consecutive values, none within 7 days after a platelet transfusion.</summary>
        /// <param name="timeline">The transplant's timeline.</param>
        /// <param name="plateletCounts">The platelet series.</param>
        /// <param name="plateletTransfusions">The dates of platelet transfusions.</param>
        /// <param name="threshold"><see cref="PlateletThreshold20"/> or <see cref="PlateletThreshold50"/>, in 10⁹/L.</param>
        /// <returns>The outcome.</returns>
        /// <exception cref="DomainValidationException">A threshold other than 20 or 50.</exception>
        public static EngraftmentOutcome Platelets(TransplantTimeline timeline, IEnumerable<BloodCount> plateletCounts, IEnumerable<DateOnly> plateletTransfusions, decimal threshold = PlateletThreshold20)
        {
            ArgumentNullException.ThrowIfNull(plateletTransfusions);
            return threshold is PlateletThreshold20 or PlateletThreshold50
                ? Assess(timeline, plateletCounts, threshold, plateletTransfusions.ToList(), "platelets")
                : throw new DomainValidationException("PlateletEngraftmentThreshold", "must be 20 or 50 × 10⁹/L", threshold.ToString(CultureInfo.InvariantCulture), nameof(threshold));
        }

        private static EngraftmentOutcome Assess(TransplantTimeline timeline, IEnumerable<BloodCount> counts, decimal threshold, List<DateOnly> transfusions, string what)
        {
            ArgumentNullException.ThrowIfNull(timeline);
            ArgumentNullException.ThrowIfNull(counts);
            List<BloodCount> days = counts
                .Where(count => count.Date >= timeline.DayZero)
                .GroupBy(count => count.Date)
                .Select(day => day.MinBy(count => count.BillionPerLitre)!)
                .OrderBy(count => count.Date)
                .ToList();
            string limit = string.Create(CultureInfo.InvariantCulture, $"{what} ≥ {threshold} × 10⁹/L");
            if (days.Count == 0)
            {
                return new EngraftmentOutcome.NotEngrafted($"No {what} values from day 0 on.");
            }

            int firstBelow = days.FindIndex(count => count.BillionPerLitre < threshold);
            bool transfused = transfusions.Any(t => t >= timeline.DayZero);
            if (firstBelow < 0 && !transfused)
            {
                return new EngraftmentOutcome.NeverBelowThreshold(days.MinBy(count => count.BillionPerLitre)!, days[^1]);
            }

            List<BloodCount> run = [];
            bool transfusionBrokeARun = false;
            foreach (BloodCount day in days.Skip(Math.Max(firstBelow, 0)))
            {
                bool supported = transfusions.Any(t => t <= day.Date && t >= day.Date.AddDays(-TransfusionFreeDays));
                if (day.BillionPerLitre >= threshold && !supported)
                {
                    run.Add(day);
                    if (run.Count == RequiredConsecutiveValues)
                    {
                        return new EngraftmentOutcome.Engrafted(run[0].Date, timeline.DayOf(run[0].Date), run);
                    }
                }
                else
                {
                    transfusionBrokeARun |= supported && day.BillionPerLitre >= threshold;
                    run = [];
                }
            }

            return new EngraftmentOutcome.NotEngrafted(
                $"{limit} not reached on {RequiredConsecutiveValues} consecutive values on different days"
                + (transfusionBrokeARun ? $" without a platelet transfusion in the {TransfusionFreeDays} days before" : string.Empty)
                + $"; latest value {days[^1]} ({timeline.DayOf(days[^1].Date)}).");
        }
    }
}
