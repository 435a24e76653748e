using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

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
            return TryClassify(unit.Dimension, out DoseUnitKind kind)
                ? new DoseUnit(unit, kind)
                : throw new DomainValidationException(nameof(DoseUnit), "must be a mass, a mass per day or a cell count, fixed or per kg or per m2", $"{unit.Code} ({unit.Dimension})", nameof(unit));
        }

        /// <summary>A dose unit from its UCUM code, e.g. <c>ug/(m2.d)</c>.</summary>
        /// <param name="code">The UCUM code.</param>
        /// <returns>The dose unit.</returns>
        /// <exception cref="UnitParseException">Not a UCUM code the SDK knows (with a suggestion for e.g. <c>mcg/d</c>).</exception>
        /// <exception cref="DomainValidationException">A known unit that is not a dose unit.</exception>
        public static DoseUnit Parse(string code) => From(Unit.Parse(code));

        /// <summary>The UCUM code.</summary>
        /// <returns>The code.</returns>
        public override string ToString() => Unit.Code;

        private static bool TryClassify(UnitDimension dimension, [NotNullWhen(true)] out DoseUnitKind kind)
        {
            kind = (dimension.Kind, dimension.Basis, dimension.PerDay) switch
            {
                (QuantityKind.Mass, NormalizationBasis.Fixed, false) => DoseUnitKind.FixedMass,
                (QuantityKind.Mass, NormalizationBasis.Fixed, true) => DoseUnitKind.FixedMassPerDay,
                (QuantityKind.Mass, NormalizationBasis.PerKilogramBodyWeight, false) => DoseUnitKind.MassPerKilogram,
                (QuantityKind.Mass, NormalizationBasis.PerKilogramBodyWeight, true) => DoseUnitKind.MassPerKilogramPerDay,
                (QuantityKind.Mass, NormalizationBasis.PerSquareMetreBodySurfaceArea, false) => DoseUnitKind.MassPerSquareMetre,
                (QuantityKind.Mass, NormalizationBasis.PerSquareMetreBodySurfaceArea, true) => DoseUnitKind.MassPerSquareMetrePerDay,
                (QuantityKind.CellCount, NormalizationBasis.Fixed, false) => DoseUnitKind.TotalCells,
                (QuantityKind.CellCount, NormalizationBasis.PerKilogramBodyWeight, false) => DoseUnitKind.CellsPerKilogram,
                _ => 0,
            };
            return kind != 0 && !dimension.PerVolume;
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
