using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// The UCUM codes the SDK knows (UCUM prefixes m = 10^-3, u = 10^-6, d = 10^-1,
    /// k = 10^3; <c>10*n</c> = 10^n; annotations in braces such as <c>{cells}</c> do not change a unit's magnitude).
    /// Accepted equivalent spellings (e.g. <c>ug/m2/d</c> for <c>ug/(m2.d)</c>) read as the canonical unit.
    /// </summary>
    internal static class UnitCatalog
    {
        private const decimal Milli = 0.001m;
        private const decimal Micro = 0.000001m;

        private static readonly Dictionary<string, Unit> ByCode = new(StringComparer.Ordinal);

        static UnitCatalog()
        {
            List<Unit> all = new();

            void Add(string code, string name, QuantityKind kind, NormalizationBasis basis, bool perVolume, bool perDay, decimal factor, string? absolute = null, string? alias = null)
            {
                Unit unit = new(code, name, new UnitDimension(kind, basis, perVolume, perDay), factor, absolute);
                all.Add(unit);
                ByCode.Add(code, unit);
                if (alias is not null)
                {
                    ByCode.Add(alias, unit);
                }
            }

            const NormalizationBasis Fixed = NormalizationBasis.Fixed;
            const NormalizationBasis PerKg = NormalizationBasis.PerKilogramBodyWeight;
            const NormalizationBasis PerM2 = NormalizationBasis.PerSquareMetreBodySurfaceArea;
            const QuantityKind Mass = QuantityKind.Mass;
            const QuantityKind Cells = QuantityKind.CellCount;

            Add("g", "gram", Mass, Fixed, false, false, 1m);
            Add("mg", "milligram", Mass, Fixed, false, false, Milli);
            Add("ug", "microgram", Mass, Fixed, false, false, Micro);
            Add("kg", "kilogram", Mass, Fixed, false, false, 1000m);

            Add("g/d", "gram per day", Mass, Fixed, false, true, 1m);
            Add("mg/d", "milligram per day", Mass, Fixed, false, true, Milli);
            Add("ug/d", "microgram per day", Mass, Fixed, false, true, Micro);

            Add("mg/kg", "milligram per kilogram body weight", Mass, PerKg, false, false, Milli, "mg");
            Add("ug/kg", "microgram per kilogram body weight", Mass, PerKg, false, false, Micro, "ug");
            Add("mg/(kg.d)", "milligram per kilogram body weight per day", Mass, PerKg, false, true, Milli, "mg/d", "mg/kg/d");
            Add("ug/(kg.d)", "microgram per kilogram body weight per day", Mass, PerKg, false, true, Micro, "ug/d", "ug/kg/d");

            Add("g/m2", "gram per square metre body-surface area", Mass, PerM2, false, false, 1m, "g");
            Add("mg/m2", "milligram per square metre body-surface area", Mass, PerM2, false, false, Milli, "mg");
            Add("ug/m2", "microgram per square metre body-surface area", Mass, PerM2, false, false, Micro, "ug");
            Add("mg/(m2.d)", "milligram per square metre body-surface area per day", Mass, PerM2, false, true, Milli, "mg/d", "mg/m2/d");
            Add("ug/(m2.d)", "microgram per square metre body-surface area per day", Mass, PerM2, false, true, Micro, "ug/d", "ug/m2/d");

            Add("{cells}", "cells", Cells, Fixed, false, false, 1m);
            Add("10*6", "million (cells)", Cells, Fixed, false, false, 1_000_000m);
            Add("10*6{cells}", "million cells", Cells, Fixed, false, false, 1_000_000m);
            Add("10*8", "hundred million (cells)", Cells, Fixed, false, false, 100_000_000m);
            Add("10*8{cells}", "hundred million cells", Cells, Fixed, false, false, 100_000_000m);
            Add("{cells}/kg", "cells per kilogram body weight", Cells, PerKg, false, false, 1m, "{cells}");
            Add("10*6/kg", "million (cells) per kilogram body weight", Cells, PerKg, false, false, 1_000_000m, "10*6");
            Add("10*6{cells}/kg", "million cells per kilogram body weight", Cells, PerKg, false, false, 1_000_000m, "10*6{cells}");

            Add("10*9/L", "billion (cells) per litre", Cells, Fixed, true, false, 1_000_000_000m);
            Add("10*3/uL", "thousand (cells) per microlitre", Cells, Fixed, true, false, 1_000_000_000m);

            Add("g/L", "gram per litre", Mass, Fixed, true, false, 1m);
            Add("g/dL", "gram per decilitre", Mass, Fixed, true, false, 10m);
            Add("mg/dL", "milligram per decilitre", Mass, Fixed, true, false, 0.01m);
            Add("mg/L", "milligram per litre", Mass, Fixed, true, false, Milli);
            Add("mmol/L", "millimole per litre", QuantityKind.AmountOfSubstance, Fixed, true, false, Milli);
            Add("umol/L", "micromole per litre", QuantityKind.AmountOfSubstance, Fixed, true, false, Micro);

            Add("%", "percent", QuantityKind.Fraction, Fixed, false, false, 0.01m);
            Add("cm", "centimetre", QuantityKind.Length, Fixed, false, false, 0.01m);
            Add("m", "metre", QuantityKind.Length, Fixed, false, false, 1m);
            Add("m2", "square metre", QuantityKind.Area, Fixed, false, false, 1m);

            All = all;
        }

        public static IReadOnlyList<Unit> All { get; }

        public static IEnumerable<string> Spellings => ByCode.Keys;

        public static Unit Get(string code) => ByCode[code];

        public static bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Unit? unit)
        {
            unit = null;
            return code is not null && ByCode.TryGetValue(code, out unit);
        }
    }
}
