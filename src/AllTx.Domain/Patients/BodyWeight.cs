using System;
using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;
using Vogen;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A patient's body weight in kilograms, at least 0.2 and at most 700 kg: the measurement behind a per-kg dose (mCODE
    /// normalizationBasis, SNOMED CT 363804004 body weight). The range is a plausibility check, not a clinical threshold:
    /// 0.2 kg lies below the lightest weight of the Fenton preterm growth chart (from 22 weeks' gestation,
    /// <see cref="SourceReference.FentonPretermGrowthChart"/>), the smallest patients the SDK can meet, and 700 kg above any
    /// recorded human weight. A value below it is most often grams or tonnes keyed into the kilogram field, and the
    /// rejection names the expected unit. A generated value object: <c>From</c> / <c>Value</c> are in kg; JSON is a number of kg.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<BodyWeight, decimal>))]
    [ValueObject<decimal>]
    public readonly partial struct BodyWeight : IValueObject<BodyWeight, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        private const decimal LowestKilograms = 0.2m;
        private const decimal HighestKilograms = 700m;

        /// <summary>The weight as a quantity in <c>kg</c>.</summary>
        public Quantity Quantity => Quantity.Of(Value, Unit.Kilogram);

        /// <summary>A body weight of <paramref name="kilograms"/> kg (the same as <c>From</c>, with the unit in its name).</summary>
        /// <param name="kilograms">The weight in kg; at least 0.2 and at most 700.</param>
        /// <returns>The body weight.</returns>
        /// <exception cref="ValueObjectValidationException">The weight is out of range.</exception>
        public static BodyWeight FromKilograms(decimal kilograms) => From(kilograms);

        /// <summary>A body weight from a mass quantity in any mass unit (<c>kg</c>, <c>g</c>).</summary>
        /// <param name="mass">The measured mass.</param>
        /// <returns>The body weight.</returns>
        /// <exception cref="IncommensurableUnitsException">The quantity is not a mass.</exception>
        /// <exception cref="ValueObjectValidationException">The weight is out of range.</exception>
        public static BodyWeight FromQuantity(Quantity mass)
        {
            System.ArgumentNullException.ThrowIfNull(mass);
            return From(mass.ConvertTo(Unit.Kilogram).Amount);
        }

        // A validation of its own rather than [ValueRange]: the declarative rule cannot name the unit or the grams hint.
        private static Validation Validate(decimal kilograms)
        {
            if (kilograms is >= LowestKilograms and <= HighestKilograms)
            {
                return Validation.Ok;
            }

            const string Rule = "must be at least 0.2 and at most 700 (kilograms)";
            return kilograms / 1000m is >= LowestKilograms and <= HighestKilograms
                ? RuleViolation.Of<BodyWeight, decimal>(kilograms, string.Create(CultureInfo.InvariantCulture, $"{Rule}; {kilograms} looks like grams, which is {kilograms / 1000m} kg"))
                : RuleViolation.Of<BodyWeight, decimal>(kilograms, Rule);
        }

        /// <summary>"70 kg".</summary>
        /// <returns>The weight with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "kg");

        /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
        /// <param name="left">The first weight.</param>
        /// <param name="right">The second weight.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator <(BodyWeight left, BodyWeight right) => left.Value < right.Value;

        /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
        /// <param name="left">The first weight.</param>
        /// <param name="right">The second weight.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator >(BodyWeight left, BodyWeight right) => left.Value > right.Value;

        /// <summary>Whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
        /// <param name="left">The first weight.</param>
        /// <param name="right">The second weight.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator <=(BodyWeight left, BodyWeight right) => left.Value <= right.Value;

        /// <summary>Whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
        /// <param name="left">The first weight.</param>
        /// <param name="right">The second weight.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator >=(BodyWeight left, BodyWeight right) => left.Value >= right.Value;
    }
}
