using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// Identifier patterns read from .editorconfig (e.g. <c>alltx.dose_name_patterns = *dose, *dosage</c>): comma- or
    /// semicolon-separated globs where <c>*</c> stands for any characters, matched case-insensitively against the whole
    /// identifier without leading <c>_</c>, <c>@</c>, <c>m_</c> or <c>s_</c>. A configured list replaces the defaults.
    /// </summary>
    internal sealed class NamePatterns
    {
        private static readonly ConcurrentDictionary<string, NamePatterns> Parsed = new ConcurrentDictionary<string, NamePatterns>(StringComparer.Ordinal);

        private readonly ImmutableArray<string> _globs;

        private NamePatterns(ImmutableArray<string> globs)
        {
            _globs = globs;
        }

        internal static NamePatterns Parse(string list) => Parsed.GetOrAdd(list, text => new NamePatterns(text
            .Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(glob => glob.Trim().ToLowerInvariant())
            .Where(glob => glob.Length > 0)
            .ToImmutableArray()));

        /// <summary>The patterns configured under <paramref name="key"/> for <paramref name="tree"/>, else <paramref name="defaults"/>.</summary>
        internal static NamePatterns For(AnalyzerOptions options, SyntaxTree tree, string key, NamePatterns defaults) =>
            options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out string? configured) && configured is not null
                ? Parse(configured)
                : defaults;

        internal bool Matches(string identifier)
        {
            string name = Normalize(identifier);
            if (name.Length == 0)
            {
                return false;
            }

            foreach (string glob in _globs)
            {
                if (GlobMatches(glob, 0, name, 0))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Normalize(string identifier)
        {
            string name = identifier.TrimStart('@', '_');
            if (name.Length > 2 && (name.StartsWith("m_", StringComparison.Ordinal) || name.StartsWith("s_", StringComparison.Ordinal)))
            {
                name = name.Substring(2);
            }

            return name.ToLowerInvariant();
        }

        private static bool GlobMatches(string glob, int g, string name, int n)
        {
            while (g < glob.Length)
            {
                if (glob[g] == '*')
                {
                    for (int skip = n; skip <= name.Length; skip++)
                    {
                        if (GlobMatches(glob, g + 1, name, skip))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (n >= name.Length || glob[g] != name[n])
                {
                    return false;
                }

                g++;
                n++;
            }

            return n == name.Length;
        }
    }
}
