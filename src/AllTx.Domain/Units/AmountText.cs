using System;
using AllTx.Shared.Units;

namespace AllTx.Domain.Units
{
    /// <summary>Splits "amount unit…" text (invariant culture) for the parsers of quantities and doses, exactly as ATX1003 reads it.</summary>
    internal static class AmountText
    {
        /// <summary>The leading number and the rest of the text after white space.</summary>
        /// <exception cref="FormatException">No unit after the number, or the text does not start with a number.</exception>
        public static (decimal Amount, string Remainder) Split(string text, string concept, string examples)
        {
            ArgumentNullException.ThrowIfNull(text);
            if (!UcumAmountText.TrySplit(text, out decimal value, out string remainder))
            {
                string first = text.Trim().Split(' ', '\t')[0];
                throw new FormatException($"{concept} '{text}' does not start with a number ('{first}'): write the amount, a space and a UCUM unit, e.g. {examples}.");
            }

            return remainder.Length == 0
                ? throw new FormatException($"{concept} '{text}' has no unit: a bare number is never a {concept.ToLowerInvariant()}; write the amount, a space and a UCUM unit, e.g. {examples}.")
                : (value, remainder);
        }
    }
}
