using System;
using System.Collections.Generic;
using System.Globalization;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>What a UCUM code the SDK knows can be used for.</summary>
    internal enum UcumUnitUse
    {
        /// <summary>A unit, but not a dose unit (a concentration, a percentage, a length, an area).</summary>
        Other,

        /// <summary>A mass dose unit: fixed, per kg or per m2, optionally per day.</summary>
        MassDose,

        /// <summary>A cell-count dose unit: the dose must also say which cells it counts.</summary>
        CellDose,
    }

    /// <summary>
    /// The UCUM codes AllTx.Domain's <c>Unit.Parse</c> accepts (its UnitCatalog), with the
    /// canonical code of each accepted spelling and what it can measure, and the spelling advice the domain gives for common
    /// non-UCUM spellings (mcg → ug, /day → /d, m² → m2, 10^9 → 10*9, braces for {cells}). The analyzer cannot run the
    /// domain, so this table mirrors it; AllTx.Analyzers.Tests checks the two agree.
    /// </summary>
    internal static class UcumUnits
    {
        // Values are a class, not a (string, UcumUnitUse) tuple: a dictionary of reference types runs the framework's
        // precompiled shared code, where a value-tuple value would be JIT-compiled in every fresh compiler process.
        private static readonly Dictionary<string, KnownUnit> Known = Build();

        private static readonly (string From, string To)[] Rewrites =
        {
            (" ", string.Empty), ("mcg", "ug"), ("\u00b5g", "ug"), ("\u03bcg", "ug"), ("\u00b5mol", "umol"), ("\u03bcmol", "umol"),
            ("/day", "/d"), ("/24h", "/d"), ("m\u00b2", "m2"), ("m^2", "m2"), ("\u00d710^", "10*"), ("x10^", "10*"),
            ("10^", "10*"), ("x10E", "10*"), ("10E", "10*"),
        };

        /// <summary>Every accepted spelling (canonical codes and aliases).</summary>
        internal static IEnumerable<string> Spellings => Known.Keys;

        internal static bool TryGet(string code, out string canonical, out UcumUnitUse use)
        {
            if (Known.TryGetValue(code, out KnownUnit? entry))
            {
                canonical = entry.Canonical;
                use = entry.Use;
                return true;
            }

            canonical = string.Empty;
            use = UcumUnitUse.Other;
            return false;
        }

        /// <summary>The UCUM codes probably meant by <paramref name="input"/>, best first (the domain's UnitParseException.Suggestions).</summary>
        internal static List<string> Suggest(string input)
        {
            var suggestions = new List<string>();
            if (string.IsNullOrWhiteSpace(input))
            {
                return suggestions;
            }

            string rewritten = input.Trim();
            foreach ((string from, string to) in Rewrites)
            {
                rewritten = rewritten.Replace(from, to);
            }

            if (rewritten.IndexOf("cells", StringComparison.OrdinalIgnoreCase) >= 0 && rewritten.IndexOf("{cells}", StringComparison.Ordinal) < 0)
            {
                bool perKilogram = rewritten.IndexOf("/kg", StringComparison.Ordinal) >= 0;
                suggestions.Add(perKilogram ? "10*6/kg" : "10*8{cells}");
                suggestions.Add(perKilogram ? "{cells}/kg" : "{cells}");
                rewritten = ReplaceIgnoringCase(rewritten, "cells", "{cells}");
            }

            if (TryGet(rewritten, out string exact, out _))
            {
                AddOnce(suggestions, exact);
                return suggestions;
            }

            foreach (string spelling in Known.Keys)
            {
                if (string.Equals(spelling, rewritten, StringComparison.OrdinalIgnoreCase))
                {
                    AddOnce(suggestions, Known[spelling].Canonical);
                    break;
                }
            }

            return suggestions;
        }

        /// <summary>Splits "amount unit…" like the domain's parsers; false when the text does not start with a number.</summary>
        internal static bool TrySplitAmount(string text, out decimal amount, out string remainder)
        {
            string trimmed = text.Trim();
            int space = trimmed.IndexOfAny(new[] { ' ', '\t' });
            remainder = space < 0 ? string.Empty : trimmed.Substring(space + 1).Trim();
            return decimal.TryParse(space < 0 ? trimmed : trimmed.Substring(0, space), NumberStyles.Float, CultureInfo.InvariantCulture, out amount);
        }

        private static void AddOnce(List<string> suggestions, string code)
        {
            if (!suggestions.Contains(code))
            {
                suggestions.Add(code);
            }
        }

        private static string ReplaceIgnoringCase(string text, string oldValue, string newValue)
        {
            int at = text.IndexOf(oldValue, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                text = text.Substring(0, at) + newValue + text.Substring(at + oldValue.Length);
                at = text.IndexOf(oldValue, at + newValue.Length, StringComparison.OrdinalIgnoreCase);
            }

            return text;
        }

        private static Dictionary<string, KnownUnit> Build()
        {
            var known = new Dictionary<string, KnownUnit>(StringComparer.Ordinal);

            void Add(UcumUnitUse use, string code, string? alias = null)
            {
                var unit = new KnownUnit(code, use);
                known.Add(code, unit);
                if (alias is not null)
                {
                    known.Add(alias, unit);
                }
            }

            foreach (string code in new[] { "g", "mg", "ug", "kg", "g/d", "mg/d", "ug/d", "mg/kg", "ug/kg", "g/m2", "mg/m2", "ug/m2" })
            {
                Add(UcumUnitUse.MassDose, code);
            }

            Add(UcumUnitUse.MassDose, "mg/(kg.d)", "mg/kg/d");
            Add(UcumUnitUse.MassDose, "ug/(kg.d)", "ug/kg/d");
            Add(UcumUnitUse.MassDose, "mg/(m2.d)", "mg/m2/d");
            Add(UcumUnitUse.MassDose, "ug/(m2.d)", "ug/m2/d");
            foreach (string code in new[] { "{cells}", "10*6", "10*6{cells}", "10*8", "10*8{cells}", "{cells}/kg", "10*6/kg", "10*6{cells}/kg" })
            {
                Add(UcumUnitUse.CellDose, code);
            }

            foreach (string code in new[] { "10*9/L", "10*3/uL", "g/L", "g/dL", "mg/dL", "mg/L", "mmol/L", "umol/L", "%", "cm", "m", "m2" })
            {
                Add(UcumUnitUse.Other, code);
            }

            return known;
        }

        /// <summary>A known spelling's canonical code and use.</summary>
        private sealed class KnownUnit
        {
            internal KnownUnit(string canonical, UcumUnitUse use)
            {
                Canonical = canonical;
                Use = use;
            }

            internal string Canonical { get; }

            internal UcumUnitUse Use { get; }
        }
    }
}
