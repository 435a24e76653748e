using System;
using System.Collections.Generic;

namespace AllTx.Shared.Units
{
    /// <summary>
    /// Suggests the UCUM code meant by a common non-UCUM spelling: <c>mcg</c>/<c>µg</c> → <c>ug</c>, <c>/day</c> →
    /// <c>/d</c>, <c>m²</c> → <c>m2</c>, <c>10^9</c> → <c>10*9</c>, wrong letter case of a well-known code, and unbraced
    /// <c>cells</c> → <c>{cells}</c> (UCUM needs braces for annotations). Advice never changes the magnitude: every
    /// suggestion is the same quantity as the input, so <c>cells/kg</c> is <c>{cells}/kg</c>, never <c>10*6/kg</c>.
    /// </summary>
    internal static class UcumSpellingAdvisor
    {
        private static readonly string[][] Rewrites =
        {
            new[] { " ", string.Empty }, new[] { "mcg", "ug" }, new[] { "\u00b5g", "ug" }, new[] { "\u03bcg", "ug" },
            new[] { "\u00b5mol", "umol" }, new[] { "\u03bcmol", "umol" }, new[] { "\u00b5L", "uL" }, new[] { "\u03bcL", "uL" },
            new[] { "/day", "/d" }, new[] { "/24h", "/d" }, new[] { "m\u00b2", "m2" }, new[] { "m^2", "m2" },
            new[] { "\u00d710^", "10*" }, new[] { "x10^", "10*" }, new[] { "10^", "10*" }, new[] { "x10E", "10*" }, new[] { "10E", "10*" },
        };

        /// <summary>The valid UCUM codes probably meant by <paramref name="input"/>, best first; empty when nothing close is known.</summary>
        internal static List<string> Suggest(string? input)
        {
            var suggestions = new List<string>();
            if (input is null || input.Trim().Length == 0)
            {
                return suggestions;
            }

            string rewritten = input.Trim();
            foreach (string[] rule in Rewrites)
            {
                rewritten = rewritten.Replace(rule[0], rule[1]);
            }

            if (rewritten.IndexOf("cells", StringComparison.OrdinalIgnoreCase) >= 0 && rewritten.IndexOf("{cells}", StringComparison.Ordinal) < 0)
            {
                rewritten = ReplaceIgnoringCase(rewritten, "cells", "{cells}");
            }

            if (rewritten != input && UcumParser.TryParse(rewritten, out _, out _))
            {
                suggestions.Add(rewritten);
                return suggestions;
            }

            foreach (string code in UcumWellKnownCodes.All)
            {
                if (string.Equals(code, rewritten, StringComparison.OrdinalIgnoreCase))
                {
                    suggestions.Add(code);
                    break;
                }
            }

            return suggestions;
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
    }
}
