using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;
using AllTx.Shared.Units;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// A UCUM unit that a dose can be written in: a mass, a mass per day, either optionally per kg body weight or per m²
    /// body-surface area, or a cell count, total or per kg. Concentrations, percentages and
    /// body measurements are not dose units. JSON: the UCUM code.
    /// </summary>
    [JsonConverter(typeof(DoseUnitJsonConverter))]
    public sealed record DoseUnit
    {
        private DoseUnit(Unit unit, DoseUnitKind kind)
        {
            Unit = unit;
            Kind = kind;
        }

        /// <summary>The UCUM unit.</summary>
        public Unit Unit { get; }

        /// <summary>The kind of dose unit.</summary>
        public DoseUnitKind Kind { get; }

        /// <summary>What the dose is normalised to (fixed, per kg body weight, per m² body-surface area).</summary>
        public NormalizationBasis Basis => Unit.Dimension.Basis;

        /// <summary>True for a rate per day (<c>/d</c>).</summary>
        public bool IsPerDay => Unit.Dimension.PerDay;

        /// <summary>True when the unit counts cells, so the dose must say which cells.</summary>
        public bool CountsCells => Unit.Dimension.Kind == QuantityKind.CellCount;

        /// <summary>A dose unit from a UCUM unit.</summary>
        /// <param name="unit">The unit.</param>
        /// <returns>The dose unit.</returns>
        /// <exception cref="DomainValidationException">The unit is not a dose unit (e.g. <c>mg/dL</c>).</exception>
        public static DoseUnit From(Unit unit)
        {
            ArgumentNullException.ThrowIfNull(unit);
            return TryClassify(unit, out DoseUnitKind kind)
                ? new DoseUnit(unit, kind)
                : throw new DomainValidationException(nameof(DoseUnit), "must be a mass, a mass per day or a cell count, fixed or per kg or per m2", $"{unit.Code} ({unit.Dimension})", nameof(unit));
        }

        /// <summary>A dose unit from its UCUM code, e.g. <c>ug/(m2.d)</c>.</summary>
        /// <param name="code">The UCUM code.</param>
        /// <returns>The dose unit.</returns>
        /// <exception cref="UnitParseException">Not a valid UCUM code (with a suggestion for e.g. <c>mcg/d</c>).</exception>
        /// <exception cref="DomainValidationException">A valid unit that is not a dose unit.</exception>
        public static DoseUnit Parse(string code) => From(Unit.Parse(code));

        /// <summary>The UCUM code.</summary>
        /// <returns>The code.</returns>
        public override string ToString() => Unit.Code;

        private static bool TryClassify(Unit unit, [NotNullWhen(true)] out DoseUnitKind kind)
        {
            kind = unit.DoseClass switch
            {
                UcumDoseClass.FixedMass => DoseUnitKind.FixedMass,
                UcumDoseClass.FixedMassPerTime => DoseUnitKind.FixedMassPerDay,
                UcumDoseClass.MassPerKilogram => DoseUnitKind.MassPerKilogram,
                UcumDoseClass.MassPerKilogramPerTime => DoseUnitKind.MassPerKilogramPerDay,
                UcumDoseClass.MassPerSquareMetre => DoseUnitKind.MassPerSquareMetre,
                UcumDoseClass.MassPerSquareMetrePerTime => DoseUnitKind.MassPerSquareMetrePerDay,
                UcumDoseClass.TotalCells => DoseUnitKind.TotalCells,
                UcumDoseClass.CellsPerKilogram => DoseUnitKind.CellsPerKilogram,
                _ => 0,
            };
            return kind != 0;
        }

        private sealed class DoseUnitJsonConverter : JsonConverter<DoseUnit>
        {
            public override bool HandleNull => true;

            public override DoseUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                Unit unit = UnitJsonConverter.ReadUnit(ref reader, nameof(DoseUnit));
                return DomainJson.Create(() => From(unit));
            }

            public override void Write(Utf8JsonWriter writer, DoseUnit value, JsonSerializerOptions options) =>
                writer.WriteStringValue(value.Unit.Code);
        }
    }
}
