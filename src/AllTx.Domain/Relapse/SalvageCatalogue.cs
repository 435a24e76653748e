using System;
using System.Collections.Generic;

namespace AllTx.Domain.Relapse
{
    /// <summary>
    /// The salvage options the sources name per relapse phenotype (seed 002, Lamble, Kovach and Shah, Blood 2025; seed 000
    /// for CD19-negative relapse after CAR-T), reached through the phenotype's <c>Match</c> so that a new phenotype breaks
    /// every consumer's compile instead of falling through. Data with sources, never advice.
    /// </summary>
    public static class SalvageCatalogue
    {
        private static readonly SourceReference HowITreat = SourceReference.PostImmunotherapyRelapseHowITreat;

        /// <summary>CD19-positive relapse: CD19 CAR re-infusion, humanised CAR constructs, blinatumomab, combinations, inotuzumab (seed 002).</summary>
        public static IReadOnlyList<SalvageOption> Cd19Positive { get; } = new[]
        {
            new SalvageOption("CD19 CAR T-cell re-infusion", HowITreat),
            new SalvageOption("humanised CD19 CAR construct", HowITreat),
            new SalvageOption("blinatumomab", HowITreat),
            new SalvageOption("combinatorial strategies", HowITreat),
            new SalvageOption("inotuzumab ozogamicin", HowITreat),
        };

        /// <summary>CD19-negative relapse: chemotherapy, CD22-targeted therapy (inotuzumab ozogamicin, CD22 CAR), experimental BAFF-R CAR, CD19/CD22 dual targeting (seeds 002 and 000).</summary>
        public static IReadOnlyList<SalvageOption> Cd19Negative { get; } = new[]
        {
            new SalvageOption("chemotherapy", SourceReference.RelapsePreventionAfterHsct),
            new SalvageOption("inotuzumab ozogamicin (CD22-targeted)", HowITreat),
            new SalvageOption("CD22 CAR T cells", HowITreat),
            new SalvageOption("BAFF-R CAR T cells (experimental)", SourceReference.RelapsePreventionAfterHsct),
            new SalvageOption("CD19/CD22 dual-targeting CAR T cells", HowITreat),
        };

        /// <summary>Lineage switch: AML-directed therapy, with myeloid markers monitored by flow cytometry and NGS to support the diagnosis (seed 002).</summary>
        public static IReadOnlyList<SalvageOption> LineageSwitch { get; } = new[]
        {
            new SalvageOption("AML-directed therapy", HowITreat),
            new SalvageOption("myeloid marker monitoring by multiparameter flow cytometry", HowITreat),
            new SalvageOption("next-generation sequencing to support the diagnosis", HowITreat),
        };

        /// <summary>The options the sources name for <paramref name="phenotype"/>.</summary>
        /// <param name="phenotype">The relapse phenotype.</param>
        /// <returns>The options with their sources.</returns>
        public static IReadOnlyList<SalvageOption> OptionsFor(RelapsePhenotype phenotype)
        {
            ArgumentNullException.ThrowIfNull(phenotype);
            return phenotype.Match(
                cd19Positive: _ => Cd19Positive,
                cd19Negative: _ => Cd19Negative,
                lineageSwitch: _ => LineageSwitch);
        }
    }
}
