using System.Collections.Generic;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// A name that <see cref="NamePatterns"/> matched: its words (see <see cref="IdentifierWords"/>) and which of them is the
    /// configured word (<c>dose</c> in <c>volumeAtDose</c>), or -1 when a glob matched the whole name.
    /// </summary>
    internal sealed class NameMatch
    {
        internal NameMatch(IReadOnlyList<string> words, int subject)
        {
            Words = words;
            Subject = subject;
        }

        /// <summary>The words of the name, lower case; a run-together word is split at the configured word (maxdose → max, dose).</summary>
        internal IReadOnlyList<string> Words { get; }

        /// <summary>The index in <see cref="Words"/> of the configured word, or -1 for a glob match.</summary>
        internal int Subject { get; }
    }
}
