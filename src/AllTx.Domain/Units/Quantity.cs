using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// A decimal amount together with its UCUM unit: never a bare number (FHIR R4 Quantity with system
    /// http://unitsofmeasure.org). Converts only between commensurable units, with decimal
    /// factors; anything else is an <see cref="IncommensurableUnitsException"/>.
    /// <para>
    /// Compare and add quantities with their units, never through <see cref="Amount"/>: <c>&lt;</c>, <c>&lt;=</c>,
    /// <c>&gt;</c>, <c>&gt;=</c>, <see cref="CompareTo(Quantity)"/>, <c>+</c> and <c>-</c> convert the right operand to
    /// the left one's unit first (so 1 mg &gt; 500 ug), and throw <see cref="IncommensurableUnitsException"/> for units
    /// that measure different things (mg vs mg/dL) rather than return an answer; the operators also throw for a null
    /// operand, so a missing value never passes a check. <c>==</c> is record equality (same amount and same unit code):
    /// use <see cref="IsEquivalentTo(Quantity)"/> to ask whether 1 mg and 1000 ug are the same amount.
    /// </para>
    /// </summary>
    public sealed record Quantity : IComparable<Quantity>, IJsonOnDeserialized
    {
        [JsonConstructor]
        private Quantity()
        {
        }

        /// <summary>The amount, expressed in <see cref="Unit"/>. Meaningless alone: compare quantities, not amounts.</summary>
        [JsonInclude]
        [JsonRequired]
        public decimal Amount { get; private init; }

        /// <summary>The UCUM unit of <see cref="Amount"/>.</summary>
        [JsonInclude]
        [JsonRequired]
        public Unit Unit { get; private init; } = null!;

        /// <summary>A quantity of <paramref name="amount"/> in <paramref name="unit"/>.</summary>
        /// <param name="amount">The amount.</param>
        /// <param name="unit">The unit; required.</param>
        /// <returns>The quantity.</returns>
        public static Quantity Of(decimal amount, Unit unit) =>
            new() { Amount = amount, Unit = DomainJson.RequireNotNull(unit, nameof(Quantity), nameof(unit)) };

        /// <summary>Reads "amount code", e.g. "9 ug/d" or "1.6 mg/dL" (invariant culture, white space before the UCUM code).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The quantity.</returns>
        /// <exception cref="FormatException">The amount is not a number, or the unit is missing.</exception>
        /// <exception cref="UnitParseException">The unit is not a UCUM code the SDK knows (with the suggested spelling).</exception>
        public static Quantity Parse(string text)
        {
            (decimal amount, string unit) = AmountText.Split(text, nameof(Quantity), "'9 ug/d' or '1.6 mg/dL'");
            return Of(amount, Unit.Parse(unit));
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
        public bool TryConvertTo(Unit target, [NotNullWhen(true)] out Quantity? converted)
        {
            ArgumentNullException.ThrowIfNull(target);
            converted = Unit.IsCommensurableWith(target) ? Of(Amount * Unit.FactorTo(target), target) : null;
            return converted is not null;
        }

        /// <summary>True when <paramref name="other"/> can be converted into this quantity's unit.</summary>
        /// <param name="other">The other quantity.</param>
        /// <returns>True when both units measure the same thing.</returns>
        public bool IsCommensurableWith(Quantity other)
        {
            ArgumentNullException.ThrowIfNull(other);
            return Unit.IsCommensurableWith(other.Unit);
        }

        /// <summary>True when both are the same amount once converted (1 mg and 1000 ug); false for incommensurable units.</summary>
        /// <param name="other">The other quantity.</param>
        /// <returns>True when the amounts are equal in a common unit.</returns>
        public bool IsEquivalentTo(Quantity other) =>
            IsCommensurableWith(other) && Amount == other.ConvertTo(Unit).Amount;

        /// <summary>
        /// Compares with a commensurable quantity after converting it to this unit. A null <paramref name="other"/> sorts
        /// first (the <see cref="IComparable{T}"/> contract); the comparison operators throw for null instead.
        /// </summary>
        /// <param name="other">The other quantity.</param>
        /// <returns>Negative, zero or positive as this is smaller, equal or larger.</returns>
        /// <exception cref="IncommensurableUnitsException">The units measure different things.</exception>
        public int CompareTo(Quantity? other) =>
            other is null ? 1 : Amount.CompareTo(other.ConvertTo(Unit).Amount);

        /// <summary>"amount code" in the invariant culture, e.g. "9 ug/d".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Unit.Code;

        /// <summary>True when <paramref name="left"/> is smaller, compared in the left unit.</summary>
        /// <param name="left">The left quantity.</param>
        /// <param name="right">A quantity commensurable with <paramref name="left"/>.</param>
        /// <returns>The comparison.</returns>
        /// <exception cref="IncommensurableUnitsException">The units measure different things.</exception>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static bool operator <(Quantity left, Quantity right) => Compare(left, right) < 0;

        /// <summary>True when <paramref name="left"/> is smaller or the same amount, compared in the left unit.</summary>
        /// <param name="left">The left quantity.</param>
        /// <param name="right">A quantity commensurable with <paramref name="left"/>.</param>
        /// <returns>The comparison.</returns>
        /// <exception cref="IncommensurableUnitsException">The units measure different things.</exception>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static bool operator <=(Quantity left, Quantity right) => Compare(left, right) <= 0;

        /// <summary>True when <paramref name="left"/> is larger, compared in the left unit.</summary>
        /// <param name="left">The left quantity.</param>
        /// <param name="right">A quantity commensurable with <paramref name="left"/>.</param>
        /// <returns>The comparison.</returns>
        /// <exception cref="IncommensurableUnitsException">The units measure different things.</exception>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static bool operator >(Quantity left, Quantity right) => Compare(left, right) > 0;

        /// <summary>True when <paramref name="left"/> is larger or the same amount, compared in the left unit.</summary>
        /// <param name="left">The left quantity.</param>
        /// <param name="right">A quantity commensurable with <paramref name="left"/>.</param>
        /// <returns>The comparison.</returns>
        /// <exception cref="IncommensurableUnitsException">The units measure different things.</exception>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static bool operator >=(Quantity left, Quantity right) => Compare(left, right) >= 0;

        /// <summary>The sum, in the left unit (1 mg + 500 ug = 1.5 mg).</summary>
        /// <param name="left">The left quantity.</param>
        /// <param name="right">A quantity commensurable with <paramref name="left"/>.</param>
        /// <returns>The sum in <paramref name="left"/>'s unit.</returns>
        /// <exception cref="IncommensurableUnitsException">The units measure different things.</exception>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static Quantity operator +(Quantity left, Quantity right) =>
            Of(NotNull(left, nameof(left)).Amount + InUnitOf(left, right).Amount, left.Unit);

        /// <summary>The difference, in the left unit (1 mg - 500 ug = 0.5 mg).</summary>
        /// <param name="left">The left quantity.</param>
        /// <param name="right">A quantity commensurable with <paramref name="left"/>.</param>
        /// <returns>The difference in <paramref name="left"/>'s unit.</returns>
        /// <exception cref="IncommensurableUnitsException">The units measure different things.</exception>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static Quantity operator -(Quantity left, Quantity right) =>
            Of(NotNull(left, nameof(left)).Amount - InUnitOf(left, right).Amount, left.Unit);

        void IJsonOnDeserialized.OnDeserialized() =>
            DomainJson.Validate(() => DomainJson.RequireNotNull(Unit, nameof(Quantity), nameof(Unit)));

        private static int Compare(Quantity left, Quantity right) =>
            NotNull(left, nameof(left)).Amount.CompareTo(InUnitOf(left, right).Amount);

        private static Quantity InUnitOf(Quantity left, Quantity right) => NotNull(right, nameof(right)).ConvertTo(left.Unit);

        private static Quantity NotNull(Quantity? quantity, string paramName) =>
            quantity ?? throw new ArgumentNullException(paramName, "A missing quantity cannot be compared or added: there is no amount to use.");
    }
}
