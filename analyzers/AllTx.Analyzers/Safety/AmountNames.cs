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
        };

        /// <summary>True when a word of <paramref name="identifier"/> (camelCase, PascalCase or snake_case) says it is not an amount.</summary>
        [MethodImpl(HotPath.AggressiveOptimization)]
        internal static bool IsNotAnAmount(string identifier)
        {
            int start = 0;
            for (int i = 1; i <= identifier.Length; i++)
            {
                bool boundary = i == identifier.Length
                    || identifier[i] == '_'
                    || (char.IsUpper(identifier[i]) && !char.IsUpper(identifier[i - 1]))
                    || (char.IsDigit(identifier[i]) != char.IsDigit(identifier[i - 1]));
                if (!boundary)
                {
                    continue;
                }

                string word = identifier.Substring(start, i - start).Trim('_');
                if (word.Length > 0 && NotAmountWords.Contains(word))
                {
                    return true;
                }

                start = i;
            }

            return false;
        }
    }
}
