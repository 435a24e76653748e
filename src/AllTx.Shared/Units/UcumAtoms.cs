using System.Collections.Generic;

namespace AllTx.Shared.Units
{
    /// <summary>
    /// The UCUM atoms and prefixes the SDK reads (The Unified Code for Units of Measure, https://ucum.org/ucum: the metric
    /// prefixes, the base units, the SI derived units, time, the clinical special units and the customary mass and length
    /// units feeds send). Magnitudes are in g, m, s and mol; special non-ratio units (Celsius, pH, decibel) are named so
    /// that they are refused with a clear reason instead of being converted wrongly.
    /// </summary>
    internal static class UcumAtoms
    {
        private static readonly Dictionary<string, UcumAtom> ByCode = Build();

        private static readonly Dictionary<string, (decimal Numerator, decimal Denominator)> Prefixes = new Dictionary<string, (decimal, decimal)>
        {
            ["Y"] = (1e24m, 1m), ["Z"] = (1e21m, 1m), ["E"] = (1e18m, 1m), ["P"] = (1e15m, 1m), ["T"] = (1e12m, 1m),
            ["G"] = (1e9m, 1m), ["M"] = (1e6m, 1m), ["k"] = (1e3m, 1m), ["h"] = (1e2m, 1m), ["da"] = (10m, 1m),
            ["d"] = (1m, 10m), ["c"] = (1m, 100m), ["m"] = (1m, 1e3m), ["u"] = (1m, 1e6m), ["n"] = (1m, 1e9m),
            ["p"] = (1m, 1e12m), ["f"] = (1m, 1e15m), ["a"] = (1m, 1e18m), ["z"] = (1m, 1e21m), ["y"] = (1m, 1e24m),
        };

        private static readonly HashSet<string> NonRatio = new HashSet<string>
        {
            "Cel", "[degF]", "[degRe]", "[pH]", "Np", "B", "B[SPL]", "B[V]", "B[mV]", "B[uV]", "B[10.nV]", "B[W]", "B[kW]",
            "bit_s", "[p'diop]", "%[slope]", "[hp'_X]", "[hp'_C]", "[hp'_M]", "[hp'_Q]",
        };

        /// <summary>The power-of-ten atom <c>10*</c>, whose exponent says which power: <c>10*6</c>.</summary>
        internal static UcumAtom TenPower { get; } = new UcumAtom("10*", false, 10m, 1m);

        internal static bool TryGet(string code, out UcumAtom? atom) => ByCode.TryGetValue(code, out atom);

        internal static bool TryGetPrefix(string code, out (decimal Numerator, decimal Denominator) factor) => Prefixes.TryGetValue(code, out factor);

        internal static bool IsNonRatio(string code) => NonRatio.Contains(code);

        private static Dictionary<string, UcumAtom> Build()
        {
            var atoms = new Dictionary<string, UcumAtom>(System.StringComparer.Ordinal);
            void Add(string code, bool metric, decimal numerator, decimal denominator, params (string, int)[] dimensions) =>
                atoms.Add(code, new UcumAtom(code, metric, numerator, denominator, dimensions));

            Add("m", true, 1m, 1m, ("L", 1));
            Add("s", true, 1m, 1m, ("T", 1));
            Add("g", true, 1m, 1m, ("M", 1));
            Add("rad", true, 1m, 1m, ("A", 1));
            Add("K", true, 1m, 1m, ("K", 1));
            Add("C", true, 1m, 1m, ("Q", 1));
            Add("cd", true, 1m, 1m, ("F", 1));
            Add("mol", true, 1m, 1m, ("mol", 1));
            Add("eq", true, 1m, 1m, ("mol", 1));
            Add("osm", true, 1m, 1m, ("mol", 1));
            Add("L", true, 1m, 1000m, ("L", 3));
            Add("l", true, 1m, 1000m, ("L", 3));
            Add("t", true, 1_000_000m, 1m, ("M", 1));

            Add("min", false, 60m, 1m, ("T", 1));
            Add("h", false, 3600m, 1m, ("T", 1));
            Add("d", false, 86_400m, 1m, ("T", 1));
            Add("wk", false, 604_800m, 1m, ("T", 1));
            Add("mo", false, 2_629_800m, 1m, ("T", 1));
            Add("mo_j", false, 2_629_800m, 1m, ("T", 1));
            Add("a", false, 31_557_600m, 1m, ("T", 1));
            Add("a_j", false, 31_557_600m, 1m, ("T", 1));

            Add("%", false, 1m, 100m, ("frac", 1));
            Add("[ppth]", false, 1m, 1000m, ("frac", 1));
            Add("[ppm]", false, 1m, 1_000_000m, ("frac", 1));
            Add("[ppb]", false, 1m, 1_000_000_000m, ("frac", 1));

            Add("[iU]", true, 1m, 1m, ("[iU]", 1));
            Add("[IU]", true, 1m, 1m, ("[iU]", 1));
            Add("[arb'U]", false, 1m, 1m, ("[arb'U]", 1));
            Add("U", true, 1m, 60_000_000m, ("mol", 1), ("T", -1));
            Add("kat", true, 1m, 1m, ("mol", 1), ("T", -1));

            Add("Hz", true, 1m, 1m, ("T", -1));
            Add("N", true, 1000m, 1m, ("M", 1), ("L", 1), ("T", -2));
            Add("Pa", true, 1000m, 1m, ("M", 1), ("L", -1), ("T", -2));
            Add("bar", true, 100_000_000m, 1m, ("M", 1), ("L", -1), ("T", -2));
            Add("m[Hg]", true, 133_322_000m, 1m, ("M", 1), ("L", -1), ("T", -2));
            Add("J", true, 1000m, 1m, ("M", 1), ("L", 2), ("T", -2));
            Add("W", true, 1000m, 1m, ("M", 1), ("L", 2), ("T", -3));
            Add("Gy", true, 1m, 1m, ("L", 2), ("T", -2));
            Add("Sv", true, 1m, 1m, ("L", 2), ("T", -2));

            Add("[in_i]", false, 254m, 10_000m, ("L", 1));
            Add("[ft_i]", false, 3048m, 10_000m, ("L", 1));
            Add("[lb_av]", false, 453.59237m, 1m, ("M", 1));
            Add("[oz_av]", false, 28.349523125m, 1m, ("M", 1));
            return atoms;
        }
    }
}
