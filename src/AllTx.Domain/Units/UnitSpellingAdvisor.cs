using System;
using System.Collections.Generic;
using System.Linq;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// Suggests the UCUM code meant by a common non-UCUM spelling: <c>mcg</c>/<c>µg</c> → <c>ug</c>, <c>/day</c> →
    /// <c>/d</c>, <c>m²</c> → <c>m2</c>, <c>10^9</c> → <c>10*9</c>, wrong letter case, and unbraced <c>cells</c>
    /// (UCUM needs braces for annotations: <c>{cells}</c>).
    /// </summary>
    internal static class UnitSpellingAdvisor
    {
        private static readonly (string From, string To)[] Rewrites =
        {
            (" ", string.Empty), ("mcg", "ug"), ("µg", "ug"), ("μg", "ug"), ("µmol", "umol"), ("μmol", "umol"),
            ("/day", "/d"), ("/24h", "/d"), ("m²", "m2"), ("m^2", "m2"), ("×10^", "10*"), ("x10^", "10*"),
            ("10^", "10*"), ("x10E", "10*"), ("10E", "10*"),
        };

        public static IReadOnlyList<string> Suggest(string? input)
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                return Array.Empty<string>();
            }

            List<string> suggestions = new();
            string rewritten = Rewrites.Aggregate(input.Trim(), (text, rule) => text.Replace(rule.From, rule.To, StringComparison.Ordinal));
            bool unbracedCells = rewritten.Contains("cells", StringComparison.OrdinalIgnoreCase) && !rewritten.Contains("{cells}", StringComparison.Ordinal);
            if (unbracedCells)
            {
                bool perKilogram = rewritten.Contains("/kg", StringComparison.Ordinal);
                suggestions.Add(perKilogram ? "10*6/kg" : "10*8{cells}");
                suggestions.Add(perKilogram ? "{cells}/kg" : "{cells}");
                rewritten = rewritten.Replace("cells", "{cells}", StringComparison.OrdinalIgnoreCase);
            }

            AddKnown(suggestions, rewritten);
            return suggestions;
        }

        private static void AddKnown(List<string> suggestions, string candidate)
        {
            if (Unit.TryParse(candidate, out Unit? exact) && !suggestions.Contains(exact.Code))
            {
                suggestions.Add(exact.Code);
                return;
            }

            string? caseless = UnitCatalog.Spellings.FirstOrDefault(code => string.Equals(code, candidate, StringComparison.OrdinalIgnoreCase));
            if (caseless is not null && Unit.TryParse(caseless, out Unit? unit) && !suggestions.Contains(unit.Code))
            {
                suggestions.Add(unit.Code);
            }
        }
    }
}
