using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
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
            // TryGetValue first: the common (already read) case then allocates no closure for GetOrAdd's factory.
            return (options, tree) => byTree.TryGetValue(tree, out NamePatterns? known)
                ? known
                : byTree.GetOrAdd(tree, Read(options, tree, key, defaults));
        }

        private static NamePatterns Read(AnalyzerOptions options, SyntaxTree tree, string key, NamePatterns defaults) =>
            options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out string? configured) && configured is not null
                ? Parse(configured)
                : defaults;

        // Runs for every numeric declaration the IDE sees: no allocation, the prefix is skipped by index.
        [MethodImpl(HotPath.AggressiveOptimization)]
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
                if (GlobMatches(glob, identifier, start))
                {
                    return true;
                }
            }

            return false;
        }

        // Wildcard matching without recursion: on a mismatch, the last '*' absorbs one more character of the name.
        [MethodImpl(HotPath.AggressiveOptimization)]
        private static bool GlobMatches(string glob, string name, int n)
        {
            int g = 0;
            int star = -1;
            int starName = 0;
            while (n < name.Length)
            {
                if (g < glob.Length && glob[g] == '*')
                {
                    star = g++;
                    starName = n;
                }
                else if (g < glob.Length && glob[g] == LowerInvariant(name[n]))
                {
                    g++;
                    n++;
                }
                else if (star >= 0)
                {
                    g = star + 1;
                    n = ++starName;
                }
                else
                {
                    return false;
                }
            }

            while (g < glob.Length && glob[g] == '*')
            {
                g++;
            }

            return g == glob.Length;
        }

        // ASCII letters inline (almost every identifier), anything else through char.ToLowerInvariant.
        [MethodImpl(HotPath.AggressiveOptimization)]
        private static char LowerInvariant(char c) =>
            c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 0x80 ? c : char.ToLowerInvariant(c);
}
}
