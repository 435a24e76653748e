using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// Identifier patterns read from .editorconfig (e.g. <c>alltx.dose_name_patterns = dose, dosage, *strength</c>),
    /// comma- or semicolon-separated, case-insensitive. An entry without <c>*</c> is a word: it matches wherever it is a
    /// word of the identifier in camelCase, PascalCase or snake_case (<c>dose</c> matches <c>maxDose</c>, <c>doseMg</c>,
    /// <c>dose_mg_per_kg</c>, and the run-together <c>maxdose</c> and <c>dosemg</c>); an entry of several words is written
    /// in snake_case or camelCase (<c>residual_disease</c>). An entry with <c>*</c> is a glob matched against the whole
    /// identifier without leading <c>_</c>, <c>@</c>, <c>m_</c> or <c>s_</c>. A configured list replaces the defaults.
    /// </summary>
    internal sealed class NamePatterns
    {
        private static readonly ConcurrentDictionary<string, NamePatterns> Parsed = new ConcurrentDictionary<string, NamePatterns>(StringComparer.Ordinal);

        // What may follow a word run together with it and still be split off: units and the words that introduce one.
        private static readonly HashSet<string> RunTogetherUnits = new HashSet<string>(StringComparer.Ordinal)
        {
            "mg", "ug", "mcg", "g", "kg", "ml", "iu", "units", "gy", "cgy", "per", "in", "log", "pct", "percent",
        };

        private readonly ImmutableArray<string> _globs;

        // Word entries: each as its words (the first is what the identifier must contain), and as those words written together.
        private readonly ImmutableArray<string[]> _phrases;
        private readonly ImmutableArray<string> _joined;

        private NamePatterns(IEnumerable<string> entries)
        {
            var globs = ImmutableArray.CreateBuilder<string>();
            var phrases = ImmutableArray.CreateBuilder<string[]>();
            foreach (string entry in entries)
            {
                if (entry.IndexOf('*') >= 0)
                {
                    globs.Add(entry.ToLowerInvariant());
                }
                else if (IdentifierWords.Split(entry) is { Count: > 0 } words)
                {
                    phrases.Add(words.ToArray());
                }
            }

            _globs = globs.ToImmutable();
            _phrases = phrases.ToImmutable();
            _joined = _phrases.Select(words => string.Concat(words)).ToImmutableArray();
        }

        internal static NamePatterns Parse(string list) => Parsed.GetOrAdd(list, text => new NamePatterns(text
            .Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Trim())
            .Where(entry => entry.Length > 0)));

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

        /// <summary>
        /// The match of <paramref name="identifier"/>, or null. Runs for every numeric declaration the IDE sees: a name that
        /// contains no configured word (most names) is rejected without allocating.
        /// </summary>
        [MethodImpl(HotPath.AggressiveOptimization)]
        internal NameMatch? Match(string identifier)
        {
            for (int i = 0; i < _phrases.Length; i++)
            {
                if (identifier.IndexOf(_phrases[i][0], StringComparison.OrdinalIgnoreCase) >= 0
                    && MatchWords(IdentifierWords.Split(identifier), _phrases[i], _joined[i]) is { } match)
                {
                    return match;
                }
            }

            return MatchesGlob(identifier) ? new NameMatch(IdentifierWords.Split(identifier), -1) : null;
        }

        private static NameMatch? MatchWords(List<string> words, string[] phrase, string joined)
        {
            for (int i = 0; i < words.Count; i++)
            {
                string word = words[i];
                if (i + phrase.Length <= words.Count && IsPhraseAt(words, i, phrase))
                {
                    words.RemoveRange(i + 1, phrase.Length - 1);
                    words[i] = joined;
                    return new NameMatch(words, i);
                }

                if (word.Length > joined.Length && word.EndsWith(joined, StringComparison.Ordinal))
                {
                    words[i] = joined;
                    words.Insert(i, word.Substring(0, word.Length - joined.Length));
                    return new NameMatch(words, i + 1);
                }

                if (word.Length > joined.Length && word.StartsWith(joined, StringComparison.Ordinal) && RunTogetherUnits.Contains(word.Substring(joined.Length)))
                {
                    words[i] = joined;
                    words.Insert(i + 1, word.Substring(joined.Length));
                    return new NameMatch(words, i);
                }
            }

            return null;
        }

        private static bool IsPhraseAt(List<string> words, int start, string[] phrase)
        {
            for (int j = 0; j < phrase.Length; j++)
            {
                if (words[start + j] != phrase[j])
                {
                    return false;
                }
            }

            return true;
        }

        [MethodImpl(HotPath.AggressiveOptimization)]
        private bool MatchesGlob(string identifier)
        {
            if (_globs.IsEmpty)
            {
                return false;
            }

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
