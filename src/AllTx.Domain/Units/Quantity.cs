using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// A decimal amount together with its UCUM unit: never a bare number (FHIR R4 Quantity with system
    /// http://unitsofmeasure.org; DOMAIN.md "Data standards"). Converts only between commensurable units, with decimal
    /// factors; anything else is an <see cref="IncommensurableUnitsException"/>.
    /// </summary>
    public sealed record Quantity : IJsonOnDeserialized
    {
        [JsonConstructor]
        private Quantity()
        {
        }

        /// <summary>The amount, expressed in <see cref="Unit"/>.</summary>
        [JsonInclude]
        [JsonRequired]
        public decimal Value { get; private init; }

        /// <summary>The UCUM unit of <see cref="Value"/>.</summary>
        [JsonInclude]
        [JsonRequired]
        public Unit Unit { get; private init; } = null!;

        /// <summary>A quantity of <paramref name="value"/> in <paramref name="unit"/>.</summary>
        /// <param name="value">The amount.</param>
        /// <param name="unit">The unit; required.</param>
        /// <returns>The quantity.</returns>
        public static Quantity Of(decimal value, Unit unit) =>
            new() { Value = value, Unit = DomainJson.RequireNotNull(unit, nameof(Quantity), nameof(unit)) };

        /// <summary>Reads "amount code", e.g. "9 ug/d" or "1.6 mg/dL" (invariant culture, one space before the UCUM code).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The quantity.</returns>
        /// <exception cref="FormatException">The amount is not a number, or the unit is missing.</exception>
        /// <exception cref="UnitParseException">The unit is not a UCUM code the SDK knows.</exception>
        public static Quantity Parse(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            string trimmed = text.Trim();
            int space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                throw new FormatException($"Quantity '{text}' has no unit: write the amount, a space and a UCUM code, e.g. '9 ug/d'.");
            }

            string amount = trimmed[..space];
            return decimal.TryParse(amount, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
                ? Of(value, Unit.Parse(trimmed[(space + 1)..].Trim()))
                : throw new FormatException($"Quantity '{text}' does not start with a number ('{amount}').");
        }

        /// <summary>This quantity expressed in <paramref name="target"/>.</summary>
        /// <param name="target">A unit commensurable with <see cref="Unit"/>.</param>
        /// <returns>The converted quantity (exact decimal arithmetic).</returns>
        /// <exception cref="IncommensurableUnitsException">The units measure different things.</exception>
        public Quantity ConvertTo(Unit target) =>
            TryConvertTo(target, out Quantity? converted) ? converted : throw new IncommensurableUnitsException(this, target);

        /// <summary>This quantity expressed in <paramref name="target"/>, without throwing.</summary>
        /// <param name="target">The unit wanted.</param>
        /// <param name="converted">The converted quantity, or null when the units are not commensurable.</param>
        /// <returns>True when the units are commensurable.</returns>
        public bool TryConvertTo(Unit target, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Quantity? converted)
        {
            ArgumentNullException.ThrowIfNull(target);
            converted = Unit.IsCommensurableWith(target) ? Of(Value * Unit.Factor / target.Factor, target) : null;
            return converted is not null;
        }

        /// <summary>
        /// Compares with a commensurable quantity after converting it to this unit. There is no <c>&lt;</c> across units:
        /// comparing incommensurable quantities is an <see cref="IncommensurableUnitsException"/>.
        /// </summary>
        /// <param name="other">The other quantity.</param>
        /// <returns>Negative, zero or positive as this is smaller, equal or larger.</returns>
        public int CompareTo(Quantity other)
        {
            ArgumentNullException.ThrowIfNull(other);
            return Value.CompareTo(other.ConvertTo(Unit).Value);
        }

        /// <summary>"amount code" in the invariant culture, e.g. "9 ug/d".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit.Code;

        void IJsonOnDeserialized.OnDeserialized() =>
            DomainJson.Validate(() => DomainJson.RequireNotNull(Unit, nameof(Quantity), nameof(Unit)));
    }
}
