using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Dosing
{
    /// <summary>The cycle days a label step applies to, both ends included (e.g. days 1–7, days 8–28, day 15).</summary>
    public sealed record DayRange
    {
        [JsonConstructor]
        private DayRange(CycleDay first, CycleDay last)
        {
            DomainJson.Validate(() =>
            {
                if (last.Require(nameof(Last)) < first.Require(nameof(First)))
                {
                    throw new DomainValidationException(nameof(DayRange), "must not end before it starts", $"days {first.Value}-{last.Value}", nameof(Last));
                }
            });
            First = first;
            Last = last;
        }

        /// <summary>The first day.</summary>
        public CycleDay First { get; }

        /// <summary>The last day (the same as <see cref="First"/> for a single day).</summary>
        public CycleDay Last { get; }

        /// <summary>Days <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
        /// <param name="first">The first day.</param>
        /// <param name="last">The last day; not before <paramref name="first"/>.</param>
        /// <returns>The range.</returns>
        public static DayRange Days(int first, int last) =>
            last >= first
                ? new DayRange(CycleDay.From(first), CycleDay.From(last))
                : throw new DomainValidationException(nameof(DayRange), "must not end before it starts", $"days {first}-{last}", nameof(last));

        /// <summary>A single day.</summary>
        /// <param name="day">The day.</param>
        /// <returns>The range of one day.</returns>
        public static DayRange Day(int day) => Days(day, day);

        /// <summary>True when <paramref name="day"/> is in the range.</summary>
        /// <param name="day">The cycle day.</param>
        /// <returns>True when inside.</returns>
        public bool Contains(CycleDay day)
        {
            day.Require(nameof(day));
            return day >= First && day <= Last;
        }

        /// <summary>"days 1–7" or "day 15".</summary>
        /// <returns>The range in words.</returns>
        public override string ToString() => First == Last ? First.ToString() : $"days {First.Value}-{Last.Value}";
    }
}
