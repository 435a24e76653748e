using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Outcomes
{
    /// <summary>
    /// A count out of a total, e.g. 27/30 (a CAR-T response count as
    /// <see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/> prints one), with its percentage computed to one
    /// decimal (90.0 %) and, when the source also prints one, that printed percentage checked against the counts. A printed
    /// percentage agrees when it lies within half a percentage point of count ÷ total × 100, i.e. it is the ratio rounded
    /// to a whole percent or finer: journals often pad whole percents with ".0" (<see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/> Table 1 prints 12/21 as
    /// "57.0%"), so a stricter check would reject faithful transcriptions. JSON: <c>Count</c>, <c>Total</c> and the
    /// optional <c>Printed</c>; disagreeing input is rejected.
    /// </summary>
    public sealed record Proportion : IJsonOnDeserialized
    {
        /// <summary>How far, in percentage points, a printed percentage may lie from the counts: 0.5 (whole-percent rounding).</summary>
        public const decimal PrintedTolerancePercentagePoints = 0.5m;

        [JsonConstructor]
        private Proportion()
        {
        }

        /// <summary>The count (numerator), 0 to <see cref="Total"/>.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Count { get; private init; }

        /// <summary>The total (denominator), greater than 0.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Total { get; private init; }

        /// <summary>The percentage the source printed beside the counts, when it printed one.</summary>
        [JsonInclude]
        public Percentage? Printed { get; private init; }

        /// <summary>count ÷ total × 100, rounded half away from zero to one decimal (27/30 → 90.0).</summary>
        [JsonIgnore]
        public Percentage Percentage => Percentage.From(Math.Round(Exact, 1, MidpointRounding.AwayFromZero));

        private decimal Exact => Count * 100m / Total;

        /// <summary>A proportion from its counts.</summary>
        /// <param name="count">The count, 0 to <paramref name="total"/>.</param>
        /// <param name="total">The total, greater than 0.</param>
        /// <returns>The proportion.</returns>
        /// <exception cref="DomainValidationException">Counts out of range.</exception>
        public static Proportion Of(int count, int total) => Create(count, total, null);

        /// <summary>A proportion from its counts and the percentage printed beside them, checked for consistency.</summary>
        /// <param name="count">The count, 0 to <paramref name="total"/>.</param>
        /// <param name="total">The total, greater than 0.</param>
        /// <param name="printedPercentage">The printed percentage, 0–100.</param>
        /// <returns>The proportion.</returns>
        /// <exception cref="DomainValidationException">Counts out of range, or the printed percentage disagrees with the counts.</exception>
        public static Proportion Of(int count, int total, decimal printedPercentage) => Create(count, total, Percentage.From(printedPercentage));

        /// <summary>True when <paramref name="printed"/> agrees with the counts (within 0.5 percentage points).</summary>
        /// <param name="printed">A printed percentage.</param>
        /// <returns>True when consistent.</returns>
        public bool AgreesWith(Percentage printed) => Math.Abs(printed.Value - Exact) <= PrintedTolerancePercentagePoints;

        /// <summary>"27/30 (90.0 %)".</summary>
        /// <returns>The counts and percentage.</returns>
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Count}/{Total} ({Percentage.Value:0.0} %)");

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => Check(Count, Total, Printed));

        private static Proportion Create(int count, int total, Percentage? printed)
        {
            Check(count, total, printed);
            return new Proportion { Count = count, Total = total, Printed = printed };
        }

        private static void Check(int count, int total, Percentage? printed)
        {
            if (total <= 0)
            {
                throw new DomainValidationException(nameof(Proportion), "Total must be greater than 0", total.ToString(CultureInfo.InvariantCulture), nameof(Total));
            }

            if (count < 0 || count > total)
            {
                throw new DomainValidationException(nameof(Proportion), "Count must be between 0 and Total", string.Create(CultureInfo.InvariantCulture, $"{count}/{total}"), nameof(Count));
            }

            Proportion counts = new() { Count = count, Total = total };
            if (printed is { } percentage && !counts.AgreesWith(percentage))
            {
                throw new DomainValidationException(
                    nameof(Proportion),
                    string.Create(CultureInfo.InvariantCulture, $"Printed percentage must agree with {counts} within {PrintedTolerancePercentagePoints} percentage points"),
                    percentage.ToString(),
                    nameof(Printed));
            }
        }
    }
}
