using System;
using System.Collections.Generic;
using System.Linq;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// A text was not a UCUM code the SDK knows. <see cref="Suggestions"/> holds the UCUM spelling(s) a common non-UCUM
    /// spelling probably meant (e.g. <c>mcg/d</c> → <c>ug/d</c>).
    /// </summary>
    public sealed class UnitParseException : FormatException
    {
        /// <summary>Creates the exception for an unknown unit code.</summary>
        /// <param name="input">The text that was read.</param>
        /// <param name="suggestions">UCUM codes the text probably meant (may be empty).</param>
        public UnitParseException(string? input, IReadOnlyList<string> suggestions)
            : base(Describe(input, suggestions))
        {
            Input = input;
            Suggestions = suggestions;
        }

        /// <summary>The text that was read.</summary>
        public string? Input { get; }

        /// <summary>UCUM codes that the text probably meant; empty when nothing close is known.</summary>
        public IReadOnlyList<string> Suggestions { get; }

        private static string Describe(string? input, IReadOnlyList<string> suggestions)
        {
            string head = $"Unit '{input}' is not a UCUM code that AllTx knows (UCUM codes are case-sensitive)";
            return suggestions.Count > 0
                ? $"{head}: did you mean {string.Join(" or ", suggestions.Select(s => "'" + s + "'"))}?"
                : $"{head}. Known codes: {string.Join(", ", Unit.Known.Select(u => u.Code))}.";
        }
    }
}
