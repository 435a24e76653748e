using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Dli
{
    /// <summary>
    /// A repeated DLI schedule: one infusion every <see cref="IntervalMonths"/> months for at least
    /// <see cref="MinimumDurationMonths"/> months. <see cref="LowDoseRepeated"/> is <see cref="SourceReference.RelapsePreventionAfterHsct"/>'s pilot schedule. JSON: the two
    /// numbers.
    /// </summary>
    public sealed record DliSchedule
    {
        [JsonConstructor]
        private DliSchedule(int intervalMonths, int minimumDurationMonths)
        {
            DomainJson.Validate(() => Check(intervalMonths, minimumDurationMonths));
            (IntervalMonths, MinimumDurationMonths) = (intervalMonths, minimumDurationMonths);
        }

        /// <summary>
        /// Low-dose DLI every 2 months for at least 36 months: in a pilot study of 11 patients with high-risk ALL after
        /// allo-HSCT this repetitive schedule reduced both relapse and GvHD rates (<see cref="SourceReference.RelapsePreventionAfterHsct"/>). Evidence, not a recommendation.
        /// </summary>
        public static DliSchedule LowDoseRepeated { get; } = new(2, 36);

        /// <summary>Months between infusions, at least 1.</summary>
        public int IntervalMonths { get; }

        /// <summary>The minimum duration of the schedule in months, at least one interval.</summary>
        public int MinimumDurationMonths { get; }

        /// <summary>A schedule.</summary>
        /// <param name="intervalMonths">Months between infusions, at least 1.</param>
        /// <param name="minimumDurationMonths">Minimum duration in months, at least one interval.</param>
        /// <returns>The schedule.</returns>
        /// <exception cref="DomainValidationException">Out of range.</exception>
        public static DliSchedule Every(int intervalMonths, int minimumDurationMonths)
        {
            Check(intervalMonths, minimumDurationMonths);
            return new DliSchedule(intervalMonths, minimumDurationMonths);
        }

        /// <summary>The planned infusion dates from the first through the minimum duration (every 2 months for 36 months: 19 dates).</summary>
        /// <param name="first">The first infusion date.</param>
        /// <returns>The dates.</returns>
        public IReadOnlyList<DateOnly> PlannedDates(DateOnly first)
        {
            List<DateOnly> dates = [];
            for (int months = 0; months <= MinimumDurationMonths; months += IntervalMonths)
            {
                dates.Add(first.AddMonths(months));
            }

            return dates;
        }

        /// <summary>"every 2 months for at least 36 months".</summary>
        /// <returns>The schedule in words.</returns>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"every {IntervalMonths} months for at least {MinimumDurationMonths} months");

        private static void Check(int intervalMonths, int minimumDurationMonths)
        {
            if (intervalMonths < 1)
            {
                throw new DomainValidationException(nameof(DliSchedule), "IntervalMonths must be at least 1", intervalMonths.ToString(CultureInfo.InvariantCulture), nameof(IntervalMonths));
            }

            if (minimumDurationMonths < intervalMonths)
            {
                throw new DomainValidationException(nameof(DliSchedule), "MinimumDurationMonths must be at least one interval", minimumDurationMonths.ToString(CultureInfo.InvariantCulture), nameof(MinimumDurationMonths));
            }
        }
    }
}
