using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;
using Vogen;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A patient's body weight in kilograms, greater than 0 and at most 700 kg (above any recorded human weight): the
    /// measurement behind a per-kg dose (mCODE normalizationBasis, SNOMED CT 363804004 body weight; DOMAIN.md "Drugs and
    /// dosing"). A generated value object: <c>From</c> / <c>Value</c> are in kg; JSON is a number of kg.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<BodyWeight, decimal>))]
    [ValueObject<decimal>]
    [ValueRange(0, 700, MinimumIsExclusive = true)]
    public readonly partial struct BodyWeight : IValueObject<BodyWeight, decimal>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(decimal value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>The weight as a quantity in <c>kg</c>.</summary>
        public Quantity Quantity => Quantity.Of(Value, Unit.Kilogram);

        /// <summary>A body weight of <paramref name="kilograms"/> kg (the same as <c>From</c>, with the unit in its name).</summary>
        /// <param name="kilograms">The weight in kg; greater than 0 and at most 700.</param>
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
