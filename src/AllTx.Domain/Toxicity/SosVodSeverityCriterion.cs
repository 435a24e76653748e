using System.Collections.Generic;
using System.Linq;

namespace AllTx.Domain.Toxicity
{
    /// <summary>One criterion of EBMT adult SOS/VOD severity grading, the patient's finding, and the categories that finding falls in.</summary>
    /// <param name="Criterion">The criterion, e.g. "bilirubin".</param>
    /// <param name="Finding">The finding in words, e.g. "3.5 mg/dL".</param>
    /// <param name="Categories">The severity categories the finding meets (none, one, or — for weight gain of 5 to 10 % — two).</param>
    public sealed record SosVodSeverityCriterion(string Criterion, string Finding, IReadOnlyList<SosVodSeverity> Categories)
    {
        /// <summary>"bilirubin: 3.5 mg/dL → Moderate".</summary>
        /// <returns>The criterion in words.</returns>
        public override string ToString() =>
            $"{Criterion}: {Finding} → {(Categories.Count == 0 ? "no category" : string.Join(" and ", Categories.Select(c => c.ToString())))}";
    }
}
