using System.Globalization;

namespace AllTx.Domain.Response
{
    /// <summary>
    /// One threshold of a response criteria set and whether the threshold value itself qualifies: blasts "≤ 5 %" is
    /// <c>(5, inclusive)</c>, blasts "&lt; 5 %" is <c>(5, exclusive)</c>; platelets "&gt; 100" is <c>(100, exclusive)</c>.
    /// </summary>
    /// <param name="Value">The threshold.</param>
    /// <param name="Inclusive">True when a value equal to the threshold qualifies.</param>
    public readonly record struct CountLimit(decimal Value, bool Inclusive)
    {
        /// <summary>True when <paramref name="value"/> is below the limit (or equal to it, when inclusive).</summary>
        /// <param name="value">The value.</param>
        /// <returns>Whether the value qualifies as an upper limit.</returns>
        public bool AllowsAtMost(decimal value) => value < Value || (Inclusive && value == Value);

        /// <summary>True when <paramref name="value"/> is above the limit (or equal to it, when inclusive).</summary>
        /// <param name="value">The value.</param>
        /// <returns>Whether the value qualifies as a lower limit.</returns>
        public bool AllowsAtLeast(decimal value) => value > Value || (Inclusive && value == Value);

        /// <summary>The limit as an upper bound in words, e.g. "≤ 5".</summary>
        /// <returns>The words.</returns>
        public string AsUpperBound() => (Inclusive ? "≤ " : "< ") + Value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The limit as a lower bound in words, e.g. "&gt; 100".</summary>
        /// <returns>The words.</returns>
        public string AsLowerBound() => (Inclusive ? "≥ " : "> ") + Value.ToString(CultureInfo.InvariantCulture);
    }
}
