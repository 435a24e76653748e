using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// A unit of measure identified by its case-sensitive UCUM code (The Unified Code for Units of Measure,
    /// https://ucum.org; codes as validated by NLM's UCUM validator). Only the units
    /// the SDK knows can be built, through <see cref="Parse(string)"/> or the named instances; each knows its
    /// <see cref="UnitDimension"/> and its decimal factor to the reference unit of that dimension, so conversions happen only
    /// between commensurable units.
    /// </summary>
    [JsonConverter(typeof(UnitJsonConverter))]
    public sealed class Unit : IEquatable<Unit>
    {
        internal Unit(string code, string name, UnitDimension dimension, decimal factor, string? absoluteCode)
        {
            Code = code;
            Name = name;
            Dimension = dimension;
            Factor = factor;
            AbsoluteCode = absoluteCode;
        }

        /// <summary>The UCUM code, e.g. <c>ug/(m2.d)</c>.</summary>
        public string Code { get; }

        /// <summary>The unit in words, e.g. "microgram per square metre per day".</summary>
        public string Name { get; }

        /// <summary>What the unit measures (kind, normalisation basis, concentration, rate).</summary>
        public UnitDimension Dimension { get; }

        /// <summary>
        /// How many reference units of <see cref="Dimension"/> one of this unit is (reference units: g, mol, one cell, 1, m,
        /// m2; per L, per kg, per m2, per d). For example <c>mg</c> is 0.001 g and <c>mg/dL</c> is 0.01 g/L.
        /// </summary>
        public decimal Factor { get; }

        /// <summary>
        /// The UCUM code of the unit left after multiplying by the normalisation measurement (<c>ug/(m2.d)</c> × m² →
        /// <c>ug/d</c>); null for a unit that is not normalised.
        /// </summary>
        internal string? AbsoluteCode { get; }

        /// <summary>Every unit the SDK knows, in catalogue order.</summary>
        public static IReadOnlyList<Unit> Known => UnitCatalog.All;

        /// <summary>Gram, UCUM <c>g</c>.</summary>
        public static Unit Gram => UnitCatalog.Get("g");

        /// <summary>Milligram, UCUM <c>mg</c>.</summary>
        public static Unit Milligram => UnitCatalog.Get("mg");

        /// <summary>Microgram, UCUM <c>ug</c> (not <c>mcg</c>).</summary>
        public static Unit Microgram => UnitCatalog.Get("ug");

        /// <summary>Kilogram, UCUM <c>kg</c> (body weight).</summary>
        public static Unit Kilogram => UnitCatalog.Get("kg");

        /// <summary>Centimetre, UCUM <c>cm</c> (body height).</summary>
        public static Unit Centimetre => UnitCatalog.Get("cm");

        /// <summary>Square metre, UCUM <c>m2</c> (body-surface area).</summary>
        public static Unit SquareMetre => UnitCatalog.Get("m2");

        /// <summary>Microgram per day, UCUM <c>ug/d</c>.</summary>
        public static Unit MicrogramPerDay => UnitCatalog.Get("ug/d");

        /// <summary>Milligram per day, UCUM <c>mg/d</c>.</summary>
        public static Unit MilligramPerDay => UnitCatalog.Get("mg/d");

        /// <summary>Microgram per square metre per day, UCUM <c>ug/(m2.d)</c> (also written <c>ug/m2/d</c>).</summary>
        public static Unit MicrogramPerSquareMetrePerDay => UnitCatalog.Get("ug/(m2.d)");

        /// <summary>Milligram per square metre, UCUM <c>mg/m2</c>.</summary>
        public static Unit MilligramPerSquareMetre => UnitCatalog.Get("mg/m2");

        /// <summary>Milligram per kilogram of body weight, UCUM <c>mg/kg</c>.</summary>
        public static Unit MilligramPerKilogram => UnitCatalog.Get("mg/kg");

        /// <summary>Millions of cells per kilogram of body weight, UCUM <c>10*6/kg</c>.</summary>
        public static Unit MillionCellsPerKilogram => UnitCatalog.Get("10*6/kg");

        /// <summary>Hundreds of millions of cells (total), UCUM <c>10*8{cells}</c>.</summary>
        public static Unit HundredMillionCells => UnitCatalog.Get("10*8{cells}");

        /// <summary>Milligram per decilitre, UCUM <c>mg/dL</c> (e.g. serum creatinine).</summary>
        public static Unit MilligramPerDecilitre => UnitCatalog.Get("mg/dL");

        /// <summary>Micromole per litre, UCUM <c>umol/L</c> (e.g. serum creatinine).</summary>
        public static Unit MicromolePerLitre => UnitCatalog.Get("umol/L");

        /// <summary>Gram per decilitre, UCUM <c>g/dL</c> (e.g. haemoglobin).</summary>
        public static Unit GramPerDecilitre => UnitCatalog.Get("g/dL");

        /// <summary>Billions of cells per litre, UCUM <c>10*9/L</c> (blood counts).</summary>
        public static Unit BillionPerLitre => UnitCatalog.Get("10*9/L");

        /// <summary>Percent, UCUM <c>%</c>.</summary>
        public static Unit Percent => UnitCatalog.Get("%");

        /// <summary>
        /// Reads a UCUM code the SDK knows (case-sensitive, as UCUM is). A common non-UCUM spelling is refused with a
        /// suggestion: <c>mcg/d</c> → did you mean <c>ug/d</c>; <c>cells/kg</c> → <c>10*6/kg</c> or <c>{cells}/kg</c>.
        /// </summary>
        /// <param name="code">The UCUM code.</param>
        /// <returns>The unit.</returns>
        /// <exception cref="UnitParseException">The code is not a UCUM code the SDK knows.</exception>
        public static Unit Parse(string code) =>
            TryParse(code, out Unit? unit) ? unit : throw new UnitParseException(code, UnitSpellingAdvisor.Suggest(code));

        /// <summary>Reads a UCUM code the SDK knows, without throwing.</summary>
        /// <param name="code">The UCUM code.</param>
        /// <param name="unit">The unit when known; otherwise null.</param>
        /// <returns>True when <paramref name="code"/> is a UCUM code the SDK knows.</returns>
        public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Unit? unit) =>
            UnitCatalog.TryGet(code, out unit);

        /// <summary>True when quantities in this unit and <paramref name="other"/> can be converted into each other.</summary>
        /// <param name="other">The other unit.</param>
        /// <returns>True when both units have the same <see cref="Dimension"/>.</returns>
        public bool IsCommensurableWith(Unit other)
        {
            ArgumentNullException.ThrowIfNull(other);
            return Dimension == other.Dimension;
        }

        /// <inheritdoc />
        public bool Equals(Unit? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Unit);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

        /// <summary>The UCUM code.</summary>
        /// <returns><see cref="Code"/>.</returns>
        public override string ToString() => Code;

        /// <summary>Equality by UCUM code.</summary>
        /// <param name="left">The left unit.</param>
        /// <param name="right">The right unit.</param>
        /// <returns>True when both are the same unit.</returns>
        public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Inequality by UCUM code.</summary>
        /// <param name="left">The left unit.</param>
        /// <param name="right">The right unit.</param>
        /// <returns>True when the units differ.</returns>
        public static bool operator !=(Unit? left, Unit? right) => !(left == right);
    }
}
