using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using AllTx.Domain.Outcomes;

namespace AllTx.Domain.Chimerism
{
    /// <summary>
    /// Whether donor chimerism in one lineage fell below a threshold (loss of chimerism can trigger pre-emptive DLI;
    /// <see cref="SourceReference.RelapsePreventionAfterHsct"/>). The threshold is the caller's: the SDK's sources give none, so there is no
    /// default. A closed union. JSON: the case object with a <c>kind</c> discriminator.
    /// </summary>
    [Union]
    public abstract partial record ChimerismLossAssessment
    {
        /// <summary>A result below the threshold: the first such result, in date order.</summary>
        /// <param name="FirstBelow">The first result below the threshold.</param>
        /// <param name="Threshold">The threshold used.</param>
        public sealed partial record LossDetected([property: JsonRequired] ChimerismResult FirstBelow, [property: JsonRequired] Percentage Threshold) : ChimerismLossAssessment;

        /// <summary>Every result is at or above the threshold.</summary>
        /// <param name="Latest">The latest result.</param>
        /// <param name="Threshold">The threshold used.</param>
        public sealed partial record NoLoss([property: JsonRequired] ChimerismResult Latest, [property: JsonRequired] Percentage Threshold) : ChimerismLossAssessment;

        /// <summary>No result in the lineage: nothing can be said.</summary>
        /// <param name="Lineage">The lineage asked about.</param>
        public sealed partial record NoResults(ChimerismLineage Lineage) : ChimerismLossAssessment;

        /// <summary>Looks for donor chimerism below <paramref name="threshold"/> in <paramref name="lineage"/>.</summary>
        /// <param name="results">Chimerism results (any lineages, any order).</param>
        /// <param name="lineage">The lineage to assess.</param>
        /// <param name="threshold">The donor percentage below which chimerism counts as lost (chosen by the team or protocol).</param>
        /// <returns>The assessment.</returns>
        public static ChimerismLossAssessment Assess(IEnumerable<ChimerismResult> results, ChimerismLineage lineage, Percentage threshold)
        {
            ArgumentNullException.ThrowIfNull(results);
            List<ChimerismResult> series = results.Where(r => r.Lineage == lineage).OrderBy(r => r.Date).ToList();
            return series.Count == 0 ? new NoResults(lineage)
                : series.FirstOrDefault(r => r.DonorPercentage.Value < threshold.Value) is { } below ? new LossDetected(below, threshold)
                : new NoLoss(series[^1], threshold);
        }
    }
}
