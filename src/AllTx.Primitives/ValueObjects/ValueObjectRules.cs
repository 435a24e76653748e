using System;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace AllTx
{
    /// <summary>
    /// The tests behind the declarative rules (<see cref="ValuePatternAttribute"/>, <see cref="NotEmptyAttribute"/>) and
    /// the words of every rule, called by the generated <c>CheckDeclaredRules</c> (ranges and lengths are tested in place
    /// there, as code written by hand would); a broken rule becomes a <see cref="Vogen.Validation"/> through
    /// <see cref="RuleViolation"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ValueObjectRules
    {
        /// <summary>How long a <see cref="ValuePatternAttribute"/> match may run before the value is rejected.</summary>
        public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

        /// <summary>Creates the compiled pattern a generated value object keeps in a static field.</summary>
        /// <param name="pattern">The pattern of the <see cref="ValuePatternAttribute"/>.</param>
        /// <returns>A culture-invariant regular expression with <see cref="PatternTimeout"/>.</returns>
        public static Regex CreatePattern(string pattern) =>
            new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);

        /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/> (a match that times out does not).</summary>
        /// <param name="value">The value to test.</param>
        /// <param name="pattern">The pattern from <see cref="CreatePattern(string)"/>.</param>
        /// <returns><see langword="true"/> when the value matches in time.</returns>
        public static bool Matches(string value, Regex pattern)
        {
            try
            {
                return pattern.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        /// <summary>Whether a string is neither empty nor white space only.</summary>
        /// <param name="value">The value to test.</param>
        /// <returns><see langword="true"/> when the string has a non-white-space character.</returns>
        public static bool IsNotEmpty(string value) => !string.IsNullOrWhiteSpace(value);

        /// <summary>Whether a <see cref="Guid"/> is not <see cref="Guid.Empty"/>.</summary>
        /// <param name="value">The value to test.</param>
        /// <returns><see langword="true"/> for any other <see cref="Guid"/>.</returns>
        public static bool IsNotEmpty(Guid value) => value != Guid.Empty;
    }
}
