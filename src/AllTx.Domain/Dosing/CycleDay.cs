using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Dosing
{
    /// <summary>A day of a treatment cycle, counted from 1 (day 1 is the first day of the cycle), at most 366. JSON: a number.</summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<CycleDay>))]
    public sealed record CycleDay : IDecimalScalar<CycleDay>
    {
        private CycleDay(int day)
        {
            Day = day;
        }

        /// <summary>The day number, from 1.</summary>
        public int Day { get; }

        decimal IDecimalScalar<CycleDay>.Value => Day;

        /// <summary>Day <paramref name="day"/> of a cycle.</summary>
        /// <param name="day">From 1 to 366.</param>
        /// <returns>The cycle day.</returns>
        /// <exception cref="DomainValidationException">Out of range.</exception>
        public static CycleDay Of(int day) =>
            day is >= 1 and <= 366
                ? new CycleDay(day)
                : throw new DomainValidationException(nameof(CycleDay), "must be a whole day from 1 to 366", day.ToString(CultureInfo.InvariantCulture), nameof(day));

        static CycleDay IDecimalScalar<CycleDay>.From(decimal value) =>
            decimal.IsInteger(value) && value is >= 1m and <= 366m
                ? new CycleDay((int)value)
                : throw new DomainValidationException(nameof(CycleDay), "must be a whole day from 1 to 366", value.ToString(CultureInfo.InvariantCulture), nameof(value));

        /// <summary>"day 8".</summary>
        /// <returns>The day in words.</returns>
        public override string ToString() => "day " + Day.ToString(CultureInfo.InvariantCulture);
    }
}
