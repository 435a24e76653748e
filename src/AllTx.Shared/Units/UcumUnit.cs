using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AllTx.Shared.Units
{
    /// <summary>
    /// A parsed UCUM unit with its exact magnitude (<see cref="Numerator"/> / <see cref="Denominator"/> in g, m, s, mol)
    /// and the SDK's stricter dimension. UCUM cancels dimensions, so <c>mg/kg</c> and <c>%</c> are both dimensionless and
    /// commensurable, and a cell count is dimensionless like a mass ratio; the SDK keeps what the numerator measures apart
    /// from what the denominator normalises to: a denominator <c>kg</c> is body weight, a denominator <c>m2</c> is
    /// body-surface area, numerator and denominator dimensions never cancel, fractions (<c>%</c>) and arbitrary units
    /// (<c>[iU]</c>) are dimensions of their own. Two units are commensurable when their <see cref="Signature"/>s are equal.
    /// </summary>
    internal sealed class UcumUnit
    {
        private UcumUnit(string code, IReadOnlyList<UcumComponent> components, decimal numerator, decimal denominator, SortedDictionary<string, int> above, SortedDictionary<string, int> below)
        {
            Code = code;
            Components = components;
            Numerator = numerator;
            Denominator = denominator;
            Signature = Describe(above, "+") + "|" + Describe(below, "-");
            Basis = below.Remove(PerBodyWeight) ? UcumBasis.PerKilogramBodyWeight : below.Remove(PerBodySurfaceArea) ? UcumBasis.PerSquareMetreBodySurfaceArea : UcumBasis.Fixed;
            PerVolume = RemoveExactly(below, "L", 3);
            PerTime = RemoveExactly(below, "T", 1);
            Kind = below.Count > 0 ? UcumKind.Other : KindOf(above);
        }

        private const string PerBodyWeight = "kg(body weight)";

        private const string PerBodySurfaceArea = "m2(body-surface area)";

        /// <summary>The code as read.</summary>
        internal string Code { get; }

        /// <summary>The components in reading order.</summary>
        internal IReadOnlyList<UcumComponent> Components { get; }

        /// <summary>The magnitude's numerator in g, m, s, mol.</summary>
        internal decimal Numerator { get; }

        /// <summary>The magnitude's denominator in g, m, s, mol.</summary>
        internal decimal Denominator { get; }

        /// <summary>The SDK dimension: equal signatures are commensurable.</summary>
        internal string Signature { get; }

        /// <summary>What the numerator measures.</summary>
        internal UcumKind Kind { get; }

        /// <summary>What the unit is normalised to.</summary>
        internal UcumBasis Basis { get; }

        /// <summary>True for a concentration (per litre, per microlitre, per cubic millimetre).</summary>
        internal bool PerVolume { get; }

        /// <summary>True for a rate (per day, per minute).</summary>
        internal bool PerTime { get; }

        /// <summary>Which dose the unit can express.</summary>
        internal UcumDoseClass DoseClass => (Kind, Basis, PerTime, PerVolume) switch
        {
            (UcumKind.Mass, UcumBasis.Fixed, false, false) => UcumDoseClass.FixedMass,
            (UcumKind.Mass, UcumBasis.Fixed, true, false) => UcumDoseClass.FixedMassPerTime,
            (UcumKind.Mass, UcumBasis.PerKilogramBodyWeight, false, false) => UcumDoseClass.MassPerKilogram,
            (UcumKind.Mass, UcumBasis.PerKilogramBodyWeight, true, false) => UcumDoseClass.MassPerKilogramPerTime,
            (UcumKind.Mass, UcumBasis.PerSquareMetreBodySurfaceArea, false, false) => UcumDoseClass.MassPerSquareMetre,
            (UcumKind.Mass, UcumBasis.PerSquareMetreBodySurfaceArea, true, false) => UcumDoseClass.MassPerSquareMetrePerTime,
            (UcumKind.Number, UcumBasis.Fixed, false, false) => UcumDoseClass.TotalCells,
            (UcumKind.Number, UcumBasis.PerKilogramBodyWeight, false, false) => UcumDoseClass.CellsPerKilogram,
            _ => UcumDoseClass.None,
        };

        /// <summary>
        /// The code of the unit left after multiplying by the normalisation measurement (<c>ug/(m2.d)</c> × m² →
        /// <c>ug/d</c>, <c>10*6{cells}/kg</c> × kg → <c>10*6{cells}</c>); null for a unit that is not normalised.
        /// </summary>
        internal string? AbsoluteCode
        {
            get
            {
                UcumComponent? basis = Components.FirstOrDefault(c => Basis == UcumBasis.PerKilogramBodyWeight ? c.IsPerBodyWeight : c.IsPerBodySurfaceArea);
                if (Basis == UcumBasis.Fixed || basis is null)
                {
                    return null;
                }

                List<UcumComponent> rest = Components.Where(c => !ReferenceEquals(c, basis)).ToList();
                string above = string.Join(".", rest.Where(c => c.Exponent > 0).Select(c => c.Text));
                List<string> below = rest.Where(c => c.Exponent < 0).Select(c => c.Text).ToList();
                string per = below.Count == 0 ? string.Empty : below.Count == 1 ? "/" + below[0] : "/(" + string.Join(".", below) + ")";
                return above.Length == 0 && per.Length == 0 ? "1" : above + per;
            }
        }

        /// <summary>True when both units have the same SDK dimension.</summary>
        internal bool IsCommensurableWith(UcumUnit other) => Signature == other.Signature;

        /// <summary>How many <paramref name="target"/> one of this unit is; only for commensurable units.</summary>
        internal decimal FactorTo(UcumUnit target) => Numerator * target.Denominator / (Denominator * target.Numerator);

        internal static UcumUnit Build(string code, List<UcumComponent> components)
        {
            decimal numerator = 1m;
            decimal denominator = 1m;
            var above = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
            var below = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
            foreach (UcumComponent component in components)
            {
                (decimal top, decimal bottom) = component.Atom is { } atom
                    ? Power(Prefix(component.Prefix).Numerator * atom.Numerator, Prefix(component.Prefix).Denominator * atom.Denominator, component.Exponent)
                    : Power(component.Integer, 1m, component.Exponent);
                numerator *= top;
                denominator *= bottom;
                if (component.IsPerBodyWeight || component.IsPerBodySurfaceArea)
                {
                    Add(below, component.IsPerBodyWeight ? PerBodyWeight : PerBodySurfaceArea, 1);
                    continue;
                }

                foreach (KeyValuePair<string, int> dimension in component.Atom?.Dimensions ?? new Dictionary<string, int>())
                {
                    int exponent = dimension.Value * component.Exponent;
                    Add(exponent > 0 ? above : below, dimension.Key, System.Math.Abs(exponent));
                }
            }

            return new UcumUnit(code, components, numerator, denominator, above, below);
        }

        private static (decimal Numerator, decimal Denominator) Prefix(string prefix) =>
            prefix.Length == 0 ? (1m, 1m) : UcumAtoms.TryGetPrefix(prefix, out (decimal, decimal) factor) ? factor : (1m, 1m);

        private static (decimal Numerator, decimal Denominator) Power(decimal numerator, decimal denominator, int exponent)
        {
            if (exponent is > 64 or < -64)
            {
                throw new System.OverflowException();
            }

            decimal top = 1m;
            decimal bottom = 1m;
            for (int i = 0; i < System.Math.Abs(exponent); i++)
            {
                top *= numerator;
                bottom *= denominator;
            }

            return exponent >= 0 ? (top, bottom) : (bottom, top);
        }

        private static void Add(SortedDictionary<string, int> dimensions, string key, int exponent)
        {
            if (exponent != 0)
            {
                dimensions[key] = (dimensions.TryGetValue(key, out int existing) ? existing : 0) + exponent;
            }
        }

        private static bool RemoveExactly(SortedDictionary<string, int> dimensions, string key, int exponent) =>
            dimensions.TryGetValue(key, out int found) && found == exponent && dimensions.Remove(key);

        private static UcumKind KindOf(SortedDictionary<string, int> above)
        {
            if (above.Count == 0)
            {
                return UcumKind.Number;
            }

            if (above.Count > 1)
            {
                return UcumKind.Other;
            }

            KeyValuePair<string, int> only = above.First();
            return (only.Key, only.Value) switch
            {
                ("M", 1) => UcumKind.Mass,
                ("mol", 1) => UcumKind.AmountOfSubstance,
                ("frac", 1) => UcumKind.Fraction,
                ("L", 1) => UcumKind.Length,
                ("L", 2) => UcumKind.Area,
                ("L", 3) => UcumKind.Volume,
                ("T", 1) => UcumKind.Time,
                _ when only.Key.StartsWith("[", System.StringComparison.Ordinal) && only.Value == 1 => UcumKind.ArbitraryUnits,
                _ => UcumKind.Other,
            };
        }

        private static string Describe(SortedDictionary<string, int> dimensions, string sign)
        {
            var text = new StringBuilder();
            foreach (KeyValuePair<string, int> dimension in dimensions)
            {
                text.Append(sign).Append(dimension.Key).Append(dimension.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }
    }
}
