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

        /// <summary>
        /// The patterns configured under <paramref name="key"/> for each syntax tree, else <paramref name="defaults"/>; one
        /// instance per compilation, so that .editorconfig is read once per file rather than once per declaration.
        /// </summary>
        internal static Func<AnalyzerOptions, SyntaxTree, NamePatterns> PerTree(string key, NamePatterns defaults)
        {
            var byTree = new ConcurrentDictionary<SyntaxTree, NamePatterns>();
            return (options, tree) => byTree.GetOrAdd(tree, t =>
                options.AnalyzerConfigOptionsProvider.GetOptions(t).TryGetValue(key, out string? configured) && configured is not null
                    ? Parse(configured)
                    : defaults);
        }

        // Runs for every numeric declaration the IDE sees: no allocation, the prefix is skipped by index.
        internal bool Matches(string identifier)
        {
            int start = 0;
            while (start < identifier.Length && identifier[start] is '@' or '_')
            {
                start++;
            }

            if (identifier.Length - start > 2 && identifier[start + 1] == '_' && identifier[start] is 'm' or 's')
            {
                start += 2;
            }

            if (start == identifier.Length)
            {
                return false;
            }

            foreach (string glob in _globs)
            {
                if (GlobMatches(glob, 0, identifier, start))
                {
                    return true;
                }
            }

            return false;
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

                if (n >= name.Length || glob[g] != char.ToLowerInvariant(name[n]))
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
