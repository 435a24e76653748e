using System;
using System.Globalization;

namespace AllTx
{
    /// <summary>The culture-invariant text of <c>OneOf.ToString()</c>.</summary>
    internal static class OneOfFormatting
    {
        internal static string Format<T>(string caseName, T value) => caseName + ": " + value switch
        {
            null => "null",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        internal static string FormatDefault(string[] caseNames) => "default(" + OneOfCaseNames.Display(caseNames) + ")";
    }
}
