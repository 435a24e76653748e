using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using AllTx.Shared.Units;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// A unit of measure written as a case-sensitive UCUM code (The Unified Code for Units of Measure, https://ucum.org/ucum;
    /// the SDK's emitted and suggested codes are checked against NLM's ucum-lhc validator). Any code that follows the UCUM
    /// grammar is read: prefixes, exponents, annotations, multiplication and division, the common special units. Each unit
    /// knows its <see cref="UnitDimension"/> and its exact magnitude, so conversions happen only between commensurable
    /// units, under rules stricter than UCUM's (no <c>mg/kg</c> ↔ <c>%</c>, no cells ↔ mass).
    /// </summary>
    [JsonConverter(typeof(UnitJsonConverter))]
    public sealed class Unit : IEquatable<Unit>
    {
        private readonly UcumUnit parsed;

        private Unit(UcumUnit parsed)
        {
            this.parsed = parsed;
            Dimension = new UnitDimension(parsed.Signature, KindOf(parsed.Kind), BasisOf(parsed.Basis), parsed.PerVolume, parsed.PerTime);
        }

        /// <summary>The UCUM code as written, e.g. <c>ug/(m2.d)</c>.</summary>
        public string Code => parsed.Code;

        /// <summary>What the unit measures (kind, normalisation basis, concentration, rate).</summary>
        public UnitDimension Dimension { get; }

        /// <summary>
        /// How many base units one of this unit is (g, m, s, mol; a cell counts 1): <c>mg</c> is 0.001 and <c>mg/dL</c> is 10
        /// (g per m³). Only ratios between commensurable units have a meaning; conversions use the exact rational magnitude.
        /// </summary>
        public decimal Factor => parsed.Numerator / parsed.Denominator;

        /// <summary>
        /// The UCUM code of the unit left after multiplying by the normalisation measurement (<c>ug/(m2.d)</c> × m² →
        /// <c>ug/d</c>); null for a unit that is not normalised.
        /// </summary>
        internal string? AbsoluteCode => parsed.AbsoluteCode;

        /// <summary>Which dose the unit can express, shared with ATX1003.</summary>
        internal UcumDoseClass DoseClass => parsed.DoseClass;

        /// <summary>The units the SDK names, emits or meets most, in a stable order (any other valid UCUM code is read too).</summary>
        public static IReadOnlyList<Unit> Known { get; } = Array.ConvertAll(UcumWellKnownCodes.All, Parse);

        /// <summary>Gram, UCUM <c>g</c>.</summary>
        public static Unit Gram { get; } = Parse("g");

        /// <summary>Milligram, UCUM <c>mg</c>.</summary>
        public static Unit Milligram { get; } = Parse("mg");

        /// <summary>Microgram, UCUM <c>ug</c> (not <c>mcg</c>).</summary>
        public static Unit Microgram { get; } = Parse("ug");

        /// <summary>Kilogram, UCUM <c>kg</c> (body weight).</summary>
        public static Unit Kilogram { get; } = Parse("kg");

        /// <summary>Centimetre, UCUM <c>cm</c> (body height).</summary>
        public static Unit Centimetre { get; } = Parse("cm");

        /// <summary>Square metre, UCUM <c>m2</c> (body-surface area).</summary>
        public static Unit SquareMetre { get; } = Parse("m2");

        /// <summary>Microgram per day, UCUM <c>ug/d</c>.</summary>
        public static Unit MicrogramPerDay { get; } = Parse("ug/d");

        /// <summary>Milligram per day, UCUM <c>mg/d</c>.</summary>
        public static Unit MilligramPerDay { get; } = Parse("mg/d");

        /// <summary>Microgram per square metre per day, UCUM <c>ug/(m2.d)</c> (also written <c>ug/m2/d</c>).</summary>
        public static Unit MicrogramPerSquareMetrePerDay { get; } = Parse("ug/(m2.d)");

        /// <summary>Milligram per square metre, UCUM <c>mg/m2</c>.</summary>
        public static Unit MilligramPerSquareMetre { get; } = Parse("mg/m2");

        /// <summary>Milligram per kilogram of body weight, UCUM <c>mg/kg</c>.</summary>
        public static Unit MilligramPerKilogram { get; } = Parse("mg/kg");

        /// <summary>Millions of cells per kilogram of body weight, UCUM <c>10*6/kg</c>.</summary>
        public static Unit MillionCellsPerKilogram { get; } = Parse("10*6/kg");

        /// <summary>Hundreds of millions of cells (total), UCUM <c>10*8{cells}</c>.</summary>
        public static Unit HundredMillionCells { get; } = Parse("10*8{cells}");

        /// <summary>Milligram per decilitre, UCUM <c>mg/dL</c> (e.g. serum creatinine).</summary>
        public static Unit MilligramPerDecilitre { get; } = Parse("mg/dL");

        /// <summary>Micromole per litre, UCUM <c>umol/L</c> (e.g. serum creatinine).</summary>
        public static Unit MicromolePerLitre { get; } = Parse("umol/L");

        /// <summary>Gram per decilitre, UCUM <c>g/dL</c> (e.g. haemoglobin).</summary>
        public static Unit GramPerDecilitre { get; } = Parse("g/dL");

        /// <summary>Billions of cells per litre, UCUM <c>10*9/L</c> (blood counts).</summary>
        public static Unit BillionPerLitre { get; } = Parse("10*9/L");

        /// <summary>Percent, UCUM <c>%</c>.</summary>
        public static Unit Percent { get; } = Parse("%");

        /// <summary>
        /// Reads a UCUM code (case-sensitive, as UCUM is). An invalid code is refused with the reason and, for a common
        /// non-UCUM spelling, a suggestion of the same magnitude: <c>mcg/d</c> → did you mean <c>ug/d</c>; <c>cells/kg</c> →
        /// <c>{cells}/kg</c>.
        /// </summary>
        /// <param name="code">The UCUM code.</param>
        /// <returns>The unit.</returns>
        /// <exception cref="UnitParseException">The code is not valid UCUM, or is a special non-ratio unit such as <c>Cel</c>.</exception>
        public static Unit Parse(string code) =>
            UcumParser.TryParse(code, out UcumUnit? parsed, out string reason)
                ? new Unit(parsed!)
                : throw new UnitParseException(code, reason, UcumSpellingAdvisor.Suggest(code));

        /// <summary>Reads a UCUM code without throwing.</summary>
        /// <param name="code">The UCUM code.</param>
        /// <param name="unit">The unit when valid; otherwise null.</param>
        /// <returns>True when <paramref name="code"/> is a valid UCUM code the SDK converts.</returns>
        public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Unit? unit)
        {
            unit = UcumParser.TryParse(code, out UcumUnit? parsed, out _) ? new Unit(parsed!) : null;
            return unit is not null;
        }

        /// <summary>True when quantities in this unit and <paramref name="other"/> can be converted into each other.</summary>
        /// <param name="other">The other unit.</param>
        /// <returns>True when both units have the same <see cref="Dimension"/>.</returns>
        public bool IsCommensurableWith(Unit other)
        {
            ArgumentNullException.ThrowIfNull(other);
            return Dimension == other.Dimension;
        }

        /// <summary>How many <paramref name="target"/> one of this unit is, computed exactly (<c>mg</c> → <c>ug</c>: 1000).</summary>
        /// <param name="target">A commensurable unit (the caller checks).</param>
        /// <returns>The factor.</returns>
        internal decimal FactorTo(Unit target) => parsed.FactorTo(target.parsed);

        /// <summary>Equality of units: the same dimension and the same magnitude (<c>ug/m2/d</c> equals <c>ug/(m2.d)</c>; annotations do not count).</summary>
        /// <param name="other">The other unit.</param>
        /// <returns>True when one of each is the same quantity.</returns>
        public bool Equals(Unit? other) =>
            other is not null && Dimension == other.Dimension && parsed.Numerator * other.parsed.Denominator == other.parsed.Numerator * parsed.Denominator;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Unit);

        /// <inheritdoc />
        public override int GetHashCode() => Dimension.GetHashCode();

        /// <summary>The UCUM code.</summary>
        /// <returns><see cref="Code"/>.</returns>
        public override string ToString() => Code;

        /// <summary>Equality of units (same dimension and magnitude).</summary>
        /// <param name="left">The left unit.</param>
        /// <param name="right">The right unit.</param>
        /// <returns>True when both are the same unit.</returns>
        public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Inequality of units.</summary>
        /// <param name="left">The left unit.</param>
        /// <param name="right">The right unit.</param>
        /// <returns>True when the units differ.</returns>
        public static bool operator !=(Unit? left, Unit? right) => !(left == right);

        private static QuantityKind KindOf(UcumKind kind) => kind switch
        {
            UcumKind.Number => QuantityKind.CellCount,
            UcumKind.Mass => QuantityKind.Mass,
            UcumKind.AmountOfSubstance => QuantityKind.AmountOfSubstance,
            UcumKind.Fraction => QuantityKind.Fraction,
            UcumKind.Length => QuantityKind.Length,
            UcumKind.Area => QuantityKind.Area,
            UcumKind.Volume => QuantityKind.Volume,
            UcumKind.Time => QuantityKind.Time,
            UcumKind.ArbitraryUnits => QuantityKind.ArbitraryUnits,
            _ => QuantityKind.Other,
        };

        private static NormalizationBasis BasisOf(UcumBasis basis) => basis switch
        {
            UcumBasis.PerKilogramBodyWeight => NormalizationBasis.PerKilogramBodyWeight,
            UcumBasis.PerSquareMetreBodySurfaceArea => NormalizationBasis.PerSquareMetreBodySurfaceArea,
            _ => NormalizationBasis.Fixed,
        };
    }
}
