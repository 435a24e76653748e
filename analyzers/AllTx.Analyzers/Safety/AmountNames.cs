using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// Tells numbers that count, index, time or price things from amounts: a number named <c>cycleDay</c>,
    /// <c>doseCount</c>, <c>mrdSampleId</c> or <c>price</c> is not a dose or an MRD level, whatever else its name says.
    /// </summary>
    internal static class AmountNames
    {
        private static readonly HashSet<string> NotAmountWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "day", "days", "cycle", "cycles", "count", "counts", "number", "num", "no", "index", "idx", "id", "ids", "order",
            "position", "pos", "sequence", "seq", "step", "steps", "week", "weeks", "hour", "hours", "minute", "minutes",
            "second", "seconds", "month", "months", "year", "years", "age", "price", "cost", "costs", "fee", "fees",
            "percentile", "score", "version", "priority", "rank", "line", "lines", "attempt", "attempts", "retry", "retries",
            "page", "size", "length", "offset", "duration", "interval", "frequency", "times", "timeout", "delay",
            "date", "time", "timepoint", "code", "type", "kind", "status", "flag", "unit", "mode",
        };

        // Words that name a point in a schedule when a number follows: mrdDay29, cycle2Dose, doseWeek4.
        private static readonly HashSet<string> TimepointWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "day", "week", "month", "year", "cycle", "hour", "course", "block",
        };

        /// <summary>True when a word of <paramref name="identifier"/> (camelCase, PascalCase or snake_case) says it is not an amount.</summary>
        [MethodImpl(HotPath.AggressiveOptimization)]
        internal static bool IsNotAnAmount(string identifier)
        {
            foreach (string word in IdentifierWords.Split(identifier))
            {
                if (NotAmountWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when a word of a name (split by <see cref="IdentifierWords"/>) says it is not an amount, apart from a schedule
        /// point followed by a number (<c>mrdDay29</c>, <c>cycle2Dose</c>) and the unit after <c>per</c> (<c>dosePerDay</c>).
        /// </summary>
        internal static bool IsNotAnAmount(IReadOnlyList<string> words)
        {
            for (int i = 0; i < words.Count; i++)
            {
                string word = words[i];
                if (word == "per")
                {
                    return false;
                }

                bool timepoint = TimepointWords.Contains(word) && i + 1 < words.Count && char.IsDigit(words[i + 1][0]);
                if (!timepoint && NotAmountWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
