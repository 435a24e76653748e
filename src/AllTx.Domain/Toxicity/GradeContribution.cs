using System.Globalization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// One domain of a consensus grading, the finding recorded in it and the grade that finding alone gives (ASTCT 2019:
    /// the overall CRS or ICANS grade is the most severe of these). A grade keeps these so that it can say why it is what
    /// it is.
    /// </summary>
    /// <param name="Domain">The grading domain, e.g. "hypotension" or "ICE score".</param>
    /// <param name="Finding">The finding in words, e.g. "hypotension requiring one vasopressor".</param>
    /// <param name="Grade">The grade (0–4) this finding gives on its own; 0 when it does not count toward a grade.</param>
    public sealed record GradeContribution(string Domain, string Finding, int Grade)
    {
        /// <summary>"hypotension: hypotension requiring one vasopressor → grade 3".</summary>
        /// <returns>The contribution in words.</returns>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Domain}: {Finding} → grade {Grade}");
    }
}
