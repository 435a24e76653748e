using System.Collections.Generic;

namespace AllTx.Shared.Units
{
    /// <summary>
    /// One UCUM unit atom (The Unified Code for Units of Measure, https://ucum.org/ucum, tables of base and derived units):
    /// its case-sensitive code, whether metric prefixes may be applied, its magnitude in the SDK's base units (g, m, s, mol;
    /// a rational <see cref="Numerator"/> / <see cref="Denominator"/>, so conversions stay exact in decimal) and its dimension.
    /// </summary>
    internal sealed class UcumAtom
    {
        internal UcumAtom(string code, bool metric, decimal numerator, decimal denominator, params (string Dimension, int Exponent)[] dimensions)
        {
            Code = code;
            Metric = metric;
            Numerator = numerator;
            Denominator = denominator;
            var map = new Dictionary<string, int>();
            foreach ((string dimension, int exponent) in dimensions)
            {
                map[dimension] = exponent;
            }

            Dimensions = map;
        }

        internal string Code { get; }

        internal bool Metric { get; }

        internal decimal Numerator { get; }

        internal decimal Denominator { get; }

        /// <summary>Base dimension → exponent: L length, M mass, T time, A angle, K temperature, Q charge, F luminous intensity, mol, frac (fraction), or an arbitrary unit's own code.</summary>
        internal IReadOnlyDictionary<string, int> Dimensions { get; }
    }
}
