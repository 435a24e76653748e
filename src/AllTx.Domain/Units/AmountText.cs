using System;
using System.Globalization;

namespace AllTx.Domain.Units
{
    /// <summary>Splits "amount unit…" text (invariant culture) for the parsers of quantities and doses.</summary>
    internal static class AmountText
    {
        /// <summary>The leading number and the rest of the text after white space.</summary>
        /// <exception cref="FormatException">No unit after the number, or the text does not start with a number.</exception>
        public static (decimal Amount, string Remainder) Split(string text, string concept, string examples)
        {
            ArgumentNullException.ThrowIfNull(text);
            string trimmed = text.Trim();
            int space = trimmed.IndexOfAny([' ', '\t']);
            string amount = space < 0 ? trimmed : trimmed[..space];
            if (!decimal.TryParse(amount, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
            {
                throw new FormatException($"{concept} '{text}' does not start with a number ('{amount}'): write the amount, a space and a UCUM unit, e.g. {examples}.");
            }

            return space < 0
                ? throw new FormatException($"{concept} '{text}' has no unit: a bare number is never a {concept.ToLowerInvariant()}; write the amount, a space and a UCUM unit, e.g. {examples}.")
                : (value, trimmed[(space + 1)..].Trim());
        }
    }
}
