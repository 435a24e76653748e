using System;
using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// A prescribed dose: an amount greater than 0 with its dose unit, never without, whose unit states the basis — fixed,
    /// per kg body weight or per m² body-surface area (mCODE normalizationBasis) — and, for cells, which cells are counted
    /// (DOMAIN.md "Drugs and dosing"). Turn it into the patient's absolute dose with <see cref="ToAbsoluteDose"/>.
    /// </summary>
    public sealed record Dose : IJsonOnDeserialized
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
        /// The patient's absolute dose: the amount times the basis measurement (body weight in kg, or Mosteller BSA in m²),
        /// then capped when a cap is given — caps apply after normalisation (DOMAIN.md "Drugs and dosing").
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
