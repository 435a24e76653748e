using System;
using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// A prescribed dose: an amount greater than 0 with its dose unit, never without, whose unit states the basis — fixed,
    /// per kg body weight or per m² body-surface area (mCODE normalizationBasis) — and, for cells, which cells are counted
    ///. Turn it into the patient's absolute dose with <see cref="ToAbsoluteDose"/>.
    /// Compare doses with <c>&lt;</c> / <c>&gt;</c> or <see cref="CompareTo(Dose)"/>, never through <see cref="Amount"/>: they
    /// convert units (28 ug/d &lt; 0.03 mg/d) and throw <see cref="IncommensurableUnitsException"/> for doses on different
    /// bases (a per-m² dose against a fixed one) and <see cref="InvalidOperationException"/> for cell doses that count
    /// different cells.
    /// </summary>
    public sealed record Dose : IComparable<Dose>, IJsonOnDeserialized
    {
        [JsonConstructor]
        private Dose()
        {
        }

        /// <summary>The amount, in <see cref="Unit"/>; greater than 0.</summary>
        [JsonInclude]
        [JsonRequired]
        public decimal Amount { get; private init; }

        /// <summary>The dose unit, which carries the basis and, when per day, the rate.</summary>
        [JsonInclude]
        [JsonRequired]
        public DoseUnit Unit { get; private init; } = null!;

        /// <summary>Which cells are counted; present exactly when <see cref="Unit"/> counts cells.</summary>
        [JsonInclude]
        public CellPopulation? CountedCells { get; private init; }

        /// <summary>What the dose is normalised to.</summary>
        [JsonIgnore]
        public NormalizationBasis Basis => Unit.Basis;

        /// <summary>The dose as a quantity (amount and UCUM unit).</summary>
        [JsonIgnore]
        public Quantity Quantity => Quantity.Of(Amount, Unit.Unit);

        /// <summary>A fixed dose, e.g. 28 <c>ug/d</c> or 140 <c>mg/d</c> (SNOMED CT 1157245009 fixed dose).</summary>
        /// <param name="amount">The amount; greater than 0.</param>
        /// <param name="unit">A fixed mass unit (<c>mg</c>, <c>ug/d</c>, …).</param>
        /// <returns>The dose.</returns>
        /// <exception cref="DomainValidationException">The amount is not positive or the unit is not a fixed mass unit.</exception>
        public static Dose Fixed(decimal amount, DoseUnit unit) =>
            Create(amount, unit, null, DoseUnitKind.FixedMass | DoseUnitKind.FixedMassPerDay, nameof(Fixed));

        /// <summary>A dose per kg of body weight, e.g. 2.5 <c>mg/kg</c> (SNOMED CT 363804004).</summary>
        /// <param name="amount">The amount; greater than 0.</param>
        /// <param name="unit">A mass per kg unit (<c>mg/kg</c>, <c>mg/(kg.d)</c>, …).</param>
        /// <returns>The dose.</returns>
        /// <exception cref="DomainValidationException">The amount is not positive or the unit is not a mass per kg unit.</exception>
        public static Dose PerBodyWeight(decimal amount, DoseUnit unit) =>
            Create(amount, unit, null, DoseUnitKind.MassPerKilogram | DoseUnitKind.MassPerKilogramPerDay, nameof(PerBodyWeight));

        /// <summary>A dose per m² of body-surface area, e.g. 15 <c>ug/(m2.d)</c> or 0.8 <c>mg/m2</c> (SNOMED CT 301898006).</summary>
        /// <param name="amount">The amount; greater than 0.</param>
        /// <param name="unit">A mass per m² unit (<c>mg/m2</c>, <c>ug/(m2.d)</c>, …).</param>
        /// <returns>The dose.</returns>
        /// <exception cref="DomainValidationException">The amount is not positive or the unit is not a mass per m² unit.</exception>
        public static Dose PerBodySurfaceArea(decimal amount, DoseUnit unit) =>
            Create(amount, unit, null, DoseUnitKind.MassPerSquareMetre | DoseUnitKind.MassPerSquareMetrePerDay, nameof(PerBodySurfaceArea));

        /// <summary>A cell dose per kg of body weight, e.g. 1 <c>10*6/kg</c> CAR-positive viable T cells.</summary>
        /// <param name="amount">The amount; greater than 0.</param>
        /// <param name="unit">A cells per kg unit (<c>10*6/kg</c>, …).</param>
        /// <param name="countedCells">Which cells are counted.</param>
        /// <returns>The dose.</returns>
        /// <exception cref="DomainValidationException">The amount is not positive or the unit is not a cells per kg unit.</exception>
        public static Dose CellsPerBodyWeight(decimal amount, DoseUnit unit, CellPopulation countedCells) =>
            Create(amount, unit, DomainEnum.Require(countedCells, nameof(countedCells)), DoseUnitKind.CellsPerKilogram, nameof(CellsPerBodyWeight));

        /// <summary>A total cell dose, e.g. 1 <c>10*8{cells}</c> CAR-positive viable T cells.</summary>
        /// <param name="amount">The amount; greater than 0.</param>
        /// <param name="unit">A total cell count unit (<c>10*8{cells}</c>, …).</param>
        /// <param name="countedCells">Which cells are counted.</param>
        /// <returns>The dose.</returns>
        /// <exception cref="DomainValidationException">The amount is not positive or the unit is not a total cell count unit.</exception>
        public static Dose TotalCells(decimal amount, DoseUnit unit, CellPopulation countedCells) =>
            Create(amount, unit, DomainEnum.Require(countedCells, nameof(countedCells)), DoseUnitKind.TotalCells, nameof(TotalCells));

        /// <summary>
        /// Reads a dose written as its amount, a space and its UCUM dose unit — "28 ug/d", "15 ug/(m2.d)", "0.8 mg/m2",
        /// "2.5 mg/kg" — and, for a cell dose, which cells are counted: "1 10*6/kg CarPositiveViableTCells" (the form
        /// <see cref="ToString"/> writes). The basis follows from the unit (fixed, per kg, per m²). A number without a unit
        /// is refused.
        /// </summary>
        /// <param name="text">The dose text (invariant culture).</param>
        /// <returns>The dose.</returns>
        /// <exception cref="FormatException">No unit ("28"), no number, or a cell dose without the counted cells.</exception>
        /// <exception cref="UnitParseException">The unit is not UCUM the SDK knows; the message suggests the UCUM spelling ("mcg/d" → "ug/d").</exception>
        /// <exception cref="DomainValidationException">The unit is not a dose unit (e.g. "mg/dL") or the amount is not greater than 0.</exception>
        public static Dose Parse(string text)
        {
            (decimal amount, string rest) = AmountText.Split(text, nameof(Dose), "'28 ug/d' or '15 ug/(m2.d)'");
            int space = rest.IndexOfAny([' ', '\t']);
            DoseUnit unit = DoseUnit.Parse(space < 0 ? rest : rest[..space]);
            string cells = space < 0 ? string.Empty : rest[(space + 1)..].Trim();
            if (!unit.CountsCells)
            {
                return cells.Length == 0
                    ? Create(amount, unit, null, unit.Kind, nameof(Parse))
                    : throw new FormatException($"Dose '{text}' has text after its unit ('{cells}'); only a cell dose names the cells it counts.");
            }

            return Array.IndexOf(Enum.GetNames<CellPopulation>(), cells) >= 0
                ? Create(amount, unit, Enum.Parse<CellPopulation>(cells), unit.Kind, nameof(Parse))
                : throw new FormatException(
                    $"Dose '{text}' is a cell dose: after the unit write which cells are counted, one of {string.Join(", ", Enum.GetNames<CellPopulation>())}.");
        }

        /// <summary>
        /// Compares with another dose of the same basis after converting its unit (1 mg/m2 &gt; 500 ug/m2); a null
        /// <paramref name="other"/> sorts first (the <see cref="IComparable{T}"/> contract).
        /// </summary>
        /// <param name="other">The other dose.</param>
        /// <returns>Negative, zero or positive as this is smaller, equal or larger.</returns>
        /// <exception cref="IncommensurableUnitsException">The doses have different bases or kinds (mg/m2 vs mg).</exception>
        /// <exception cref="InvalidOperationException">Cell doses that count different cells.</exception>
        public int CompareTo(Dose? other)
        {
            if (other is null)
            {
                return 1;
            }

            return CountedCells == other.CountedCells
                ? Quantity.CompareTo(other.Quantity)
                : throw new InvalidOperationException($"Cannot compare {this} with {other}: they count different cells.");
        }

        /// <summary>True when <paramref name="left"/> is the smaller dose (units converted; see <see cref="CompareTo(Dose)"/>).</summary>
        /// <param name="left">The left dose.</param>
        /// <param name="right">The right dose.</param>
        /// <returns>The comparison.</returns>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static bool operator <(Dose left, Dose right) => Compare(left, right) < 0;

        /// <summary>True when <paramref name="left"/> is at most <paramref name="right"/> (units converted).</summary>
        /// <param name="left">The left dose.</param>
        /// <param name="right">The right dose.</param>
        /// <returns>The comparison.</returns>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static bool operator <=(Dose left, Dose right) => Compare(left, right) <= 0;

        /// <summary>True when <paramref name="left"/> is the larger dose (units converted).</summary>
        /// <param name="left">The left dose.</param>
        /// <param name="right">The right dose.</param>
        /// <returns>The comparison.</returns>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static bool operator >(Dose left, Dose right) => Compare(left, right) > 0;

        /// <summary>True when <paramref name="left"/> is at least <paramref name="right"/> (units converted).</summary>
        /// <param name="left">The left dose.</param>
        /// <param name="right">The right dose.</param>
        /// <returns>The comparison.</returns>
        /// <exception cref="ArgumentNullException">An operand is null.</exception>
        public static bool operator >=(Dose left, Dose right) => Compare(left, right) >= 0;

        /// <summary>
        /// The patient's absolute dose: the amount times the basis measurement (body weight in kg, or Mosteller BSA in m²),
        /// then capped when a cap is given — caps apply after normalisation.
        /// </summary>
        /// <param name="measurements">The patient's body measurements (height needed for a per-m² dose).</param>
        /// <param name="cap">An absolute maximum, commensurable with the absolute dose (e.g. 28 <c>ug/d</c>); null for none.</param>
        /// <returns>The absolute dose with the measurement used and whether the cap applied.</returns>
        /// <exception cref="MissingBodyMeasurementException">A per-m² dose without a height.</exception>
        /// <exception cref="IncommensurableUnitsException">The cap does not measure the same thing as the absolute dose.</exception>
        public AbsoluteDose ToAbsoluteDose(Patients.BodyMeasurements measurements, Quantity? cap = null) =>
            AbsoluteDose.Compute(this, measurements, cap);

        /// <summary>"15 ug/(m2.d)" or "1 10*6/kg CarPositiveViableTCells".</summary>
        /// <returns>The dose in words.</returns>
        public override string ToString() =>
            Amount.ToString(CultureInfo.InvariantCulture) + " " + Unit + (CountedCells is { } cells ? " " + cells : string.Empty);

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
            Check(Amount, DomainJson.RequireNotNull(Unit, nameof(Dose), nameof(Unit)), CountedCells, Unit.Kind, "JSON"));

        private static int Compare(Dose left, Dose right)
        {
            ArgumentNullException.ThrowIfNull(left);
            ArgumentNullException.ThrowIfNull(right);
            return left.CompareTo(right);
        }

        private static Dose Create(decimal amount, DoseUnit unit, CellPopulation? cells, DoseUnitKind allowed, string factory)
        {
            ArgumentNullException.ThrowIfNull(unit);
            Check(amount, unit, cells, allowed, factory);
            return new Dose { Amount = amount, Unit = unit, CountedCells = cells };
        }

        private static void Check(decimal amount, DoseUnit unit, CellPopulation? cells, DoseUnitKind allowed, string factory)
        {
            if (amount <= 0m)
            {
                throw new DomainValidationException(nameof(Dose), "Amount must be greater than 0", amount.ToString(CultureInfo.InvariantCulture), nameof(Amount));
            }

            if ((unit.Kind & allowed) == 0)
            {
                throw new DomainValidationException(nameof(Dose), $"{factory} needs a unit of kind {allowed}", $"{unit} ({unit.Kind})", nameof(Unit));
            }

            if (unit.CountsCells != cells.HasValue)
            {
                throw new DomainValidationException(
                    nameof(Dose),
                    unit.CountsCells ? $"{nameof(CountedCells)} must say which cells a cell dose counts" : $"{nameof(CountedCells)} is only for cell doses",
                    $"{unit} with {(cells.HasValue ? cells.Value.ToString() : "no counted cells")}",
                    nameof(CountedCells));
            }
        }
    }
}
