using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// A transplant's timeline, anchored at day 0, the date of stem cell infusion. The only
    /// way between calendar dates and <see cref="TransplantDay"/>s. JSON: <c>DayZero</c> as an ISO date.
    /// </summary>
    public sealed record TransplantTimeline
    {
        [JsonConstructor]
        private TransplantTimeline()
        {
        }

        /// <summary>The date of day 0 (infusion).</summary>
        [JsonInclude]
        [JsonRequired]
        public DateOnly DayZero { get; private init; }

        /// <summary>The timeline of a transplant infused on <paramref name="dayZero"/>.</summary>
        /// <param name="dayZero">The infusion date.</param>
        /// <returns>The timeline.</returns>
        public static TransplantTimeline StartingOn(DateOnly dayZero) => new() { DayZero = dayZero };

        /// <summary>The transplant day of a calendar date (e.g. 60 days after infusion → day +60).</summary>
        /// <param name="date">The date.</param>
        /// <returns>The transplant day.</returns>
        public TransplantDay DayOf(DateOnly date) => TransplantDay.Of(date.DayNumber - DayZero.DayNumber);

        /// <summary>The calendar date of a transplant day of this transplant.</summary>
        /// <param name="day">The transplant day.</param>
        /// <returns>The date.</returns>
        public DateOnly DateOf(TransplantDay day) => DayZero.AddDays(day.Offset);
    }
}
