using System;
using System.Collections.Generic;
using System.Linq;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// A text was not a valid UCUM code (or named a special non-ratio unit the SDK does not convert). <see cref="Reason"/>
    /// says what is wrong and where; <see cref="Suggestions"/> holds the UCUM spelling a common non-UCUM spelling probably
    /// meant, always of the same magnitude (e.g. <c>mcg/d</c> → <c>ug/d</c>).
    /// </summary>
    public sealed class UnitParseException : FormatException
    {
        /// <summary>Creates the exception for an invalid unit code.</summary>
        /// <param name="input">The text that was read.</param>
        /// <param name="reason">What is wrong with it, in words.</param>
        /// <param name="suggestions">UCUM codes the text probably meant (may be empty).</param>
        public UnitParseException(string? input, string reason, IReadOnlyList<string> suggestions)
            : base(Describe(input, reason, suggestions))
        {
            Input = input;
            Reason = reason;
            Suggestions = suggestions;
        }

        /// <summary>The text that was read.</summary>
        public string? Input { get; }

        /// <summary>Why the text is not a UCUM code the SDK reads.</summary>
        public string Reason { get; }

        /// <summary>UCUM codes that the text probably meant; empty when nothing close is known.</summary>
        public IReadOnlyList<string> Suggestions { get; }

        private static string Describe(string? input, string reason, IReadOnlyList<string> suggestions)
        {
            string head = $"Unit '{input}' is not a valid UCUM code (UCUM codes are case-sensitive and have no spaces): {reason}";
            return suggestions.Count > 0
                ? $"{head}; did you mean {string.Join(" or ", suggestions.Select(s => "'" + s + "'"))}?"
                : head + ".";
        }
    }
}
