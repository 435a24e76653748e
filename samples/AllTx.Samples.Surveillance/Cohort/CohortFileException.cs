using System;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>The cohort file cannot be read at all: missing, unreadable, not JSON, or without a <c>patients</c> array.</summary>
    public sealed class CohortFileException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="source">The file (or "embedded cohort").</param>
        /// <param name="reason">Why it cannot be read.</param>
        /// <param name="inner">The underlying error, if any.</param>
        public CohortFileException(string source, string reason, Exception? inner = null)
            : base($"Cannot read the cohort '{source}': {reason}", inner)
        {
        }
    }
}
