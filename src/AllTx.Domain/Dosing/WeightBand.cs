using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// The body weights a label step applies to, e.g. "at least 45 kg" and "below 45 kg" for blinatumomab, "at most 50 kg"
    /// and "above 50 kg" for tisagenlecleucel (<see cref="SourceReference.KymriahLabel"/>).
    /// </summary>
    public sealed record WeightBand
    {
        [JsonConstructor]
        private WeightBand(BodyWeight? lowest, bool lowestIncluded, BodyWeight? highest, bool highestIncluded)
        {
            if (lowest is { } low && highest is { } high && low >= high)
            {
                throw new System.Text.Json.JsonException(new DomainValidationException(nameof(WeightBand), "Lowest must be below Highest", $"{lowest} to {highest}", nameof(Lowest)).Message);
            }

            Lowest = lowest;
            LowestIncluded = lowestIncluded;
            Highest = highest;
            HighestIncluded = highestIncluded;
        }

        /// <summary>The lower bound, or null for none.</summary>
        public BodyWeight? Lowest { get; }

        /// <summary>True when <see cref="Lowest"/> itself belongs to the band.</summary>
        public bool LowestIncluded { get; }

        /// <summary>The upper bound, or null for none.</summary>
        public BodyWeight? Highest { get; }

        /// <summary>True when <see cref="Highest"/> itself belongs to the band.</summary>
        public bool HighestIncluded { get; }

        /// <summary>Every body weight.</summary>
        public static WeightBand Any { get; } = new(null, false, null, false);

        /// <summary>Weights ≥ <paramref name="kilograms"/> kg.</summary>
        /// <param name="kilograms">The lower bound, included.</param>
        /// <returns>The band.</returns>
        public static WeightBand AtLeast(decimal kilograms) => new(BodyWeight.FromKilograms(kilograms), true, null, false);

        /// <summary>Weights &gt; <paramref name="kilograms"/> kg.</summary>
        /// <param name="kilograms">The lower bound, excluded.</param>
        /// <returns>The band.</returns>
        public static WeightBand Above(decimal kilograms) => new(BodyWeight.FromKilograms(kilograms), false, null, false);

        /// <summary>Weights &lt; <paramref name="kilograms"/> kg.</summary>
        /// <param name="kilograms">The upper bound, excluded.</param>
        /// <returns>The band.</returns>
        public static WeightBand Below(decimal kilograms) => new(null, false, BodyWeight.FromKilograms(kilograms), false);

        /// <summary>Weights ≤ <paramref name="kilograms"/> kg.</summary>
        /// <param name="kilograms">The upper bound, included.</param>
        /// <returns>The band.</returns>
        public static WeightBand AtMost(decimal kilograms) => new(null, false, BodyWeight.FromKilograms(kilograms), true);

        /// <summary>True when <paramref name="weight"/> lies in the band.</summary>
        /// <param name="weight">The body weight.</param>
        /// <returns>True when inside.</returns>
        public bool Contains(BodyWeight weight)
        {
            weight.Require(nameof(weight));
            bool aboveLowest = Lowest is not { } low || weight > low || (LowestIncluded && weight == low);
            bool belowHighest = Highest is not { } high || weight < high || (HighestIncluded && weight == high);
            return aboveLowest && belowHighest;
        }

        /// <summary>"≥ 45 kg", "&lt; 45 kg", "any weight".</summary>
        /// <returns>The band in words.</returns>
        public override string ToString() => (Lowest, Highest) switch
        {
            (null, null) => "any weight",
            (not null, null) => (LowestIncluded ? "≥ " : "> ") + Lowest,
            (null, not null) => (HighestIncluded ? "≤ " : "< ") + Highest,
            _ => string.Create(CultureInfo.InvariantCulture, $"{Lowest} to {Highest}"),
        };
    }
}
