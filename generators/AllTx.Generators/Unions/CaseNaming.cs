using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Generators.Unions
{
    /// <summary>Turns case type names into camel-case kinds and parameter names.</summary>
    internal static class CaseNaming
    {
        /// <summary>
        /// <c>PositiveNotQuantifiable</c> → <c>positiveNotQuantifiable</c>, <c>CD19Negative</c> → <c>cd19Negative</c>,
        /// <c>IOError</c> → <c>ioError</c>: the leading capitals are lowered, except the last one when it starts a word.
        /// </summary>
        public static string ToCamelCase(string name)
        {
            int run = 0;
            while (run < name.Length && char.IsUpper(name[run]))
            {
                run++;
            }

            if (run == 0)
            {
                return name;
            }

            bool lastCapitalStartsWord = run > 1 && run < name.Length && char.IsLower(name[run]);
            int lowered = lastCapitalStartsWord ? run - 1 : run;
            return name.Substring(0, lowered).ToLowerInvariant() + name.Substring(lowered);
        }

        /// <summary>The name as a C# identifier: keywords such as <c>default</c> become <c>@default</c>.</summary>
        public static string ToIdentifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
