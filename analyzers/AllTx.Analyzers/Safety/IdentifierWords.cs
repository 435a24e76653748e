using System.Collections.Generic;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// The words of an identifier, lower case: camelCase, PascalCase, snake_case, acronyms and digits each start a word
    /// (<c>doseMgPerKg</c> → dose, mg, per, kg; <c>MRDLevel</c> → mrd, level; <c>V20Gy</c> → v, 20, gy;
    /// <c>m_total_dose</c> → m, total, dose). Only names that a cheaper test already picked are split: it allocates.
    /// </summary>
    internal static class IdentifierWords
    {
        /// <summary>The words of <paramref name="identifier"/>, lower case (invariant), without separators.</summary>
        internal static List<string> Split(string identifier)
        {
            var words = new List<string>();
            int start = 0;
            for (int i = 0; i <= identifier.Length; i++)
            {
                if (i < identifier.Length && !IsBoundary(identifier, i))
                {
                    continue;
                }

                string word = identifier.Substring(start, i - start).Trim('_', '@');
                if (word.Length > 0)
                {
                    words.Add(word.ToLowerInvariant());
                }

                start = i;
            }

            return words;
        }

        private static bool IsBoundary(string identifier, int i)
        {
            if (i == 0)
            {
                return false;
            }

            char previous = identifier[i - 1];
            char current = identifier[i];
            return current == '_'
                || (char.IsUpper(current) && !char.IsUpper(previous))
                || (char.IsUpper(current) && char.IsUpper(previous) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1]))
                || char.IsDigit(current) != char.IsDigit(previous);
        }
    }
}
