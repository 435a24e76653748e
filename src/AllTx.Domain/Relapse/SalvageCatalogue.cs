using System;
using System.Collections.Generic;

namespace AllTx.Domain.Relapse
{
    /// <summary>
    /// The salvage options per relapse phenotype, each with its own catalogue source (<see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/> for the modalities and
    /// the diagnostic tools; <see cref="SourceReference.RelapsePreventionAfterHsct"/>
    /// for CD19-negative relapse after CAR-T), reached through the phenotype's <c>Match</c> so that a new phenotype breaks
    /// every consumer's compile instead of falling through. Data with sources, never advice.
    /// </summary>
    public static class SalvageCatalogue
    {
        private static readonly SourceReference HowITreat = SourceReference.PostImmunotherapyRelapseHowITreat;
        private static readonly SourceReference ByPhenotype = SourceReference.SalvageOptionsByPhenotype;

        /// <summary>CD19-positive relapse: CD19 CAR re-infusion, humanised CAR constructs, blinatumomab, combinations, inotuzumab (modalities named by <see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/>; their assignment to this phenotype: <see cref="SourceReference.SalvageOptionsByPhenotype"/>).</summary>
        public static IReadOnlyList<SalvageOption> Cd19Positive { get; } = new[]
        {
            new SalvageOption("CD19 CAR T-cell re-infusion", ByPhenotype),
            new SalvageOption("humanised CD19 CAR construct", ByPhenotype),
            new SalvageOption("blinatumomab", ByPhenotype),
            new SalvageOption("combinatorial strategies", ByPhenotype),
            new SalvageOption("inotuzumab ozogamicin", ByPhenotype),
        };

        /// <summary>CD19-negative relapse: chemotherapy, CD22-targeted therapy (inotuzumab ozogamicin, CD22 CAR), experimental BAFF-R CAR (<see cref="SourceReference.RelapsePreventionAfterHsct"/>), CD22 CAR and CD19/CD22 dual targeting (<see cref="SourceReference.SalvageOptionsByPhenotype"/>).</summary>
        public static IReadOnlyList<SalvageOption> Cd19Negative { get; } = new[]
        {
            new SalvageOption("chemotherapy", SourceReference.RelapsePreventionAfterHsct),
            new SalvageOption("inotuzumab ozogamicin (CD22-targeted)", SourceReference.RelapsePreventionAfterHsct),
            new SalvageOption("CD22 CAR T cells", ByPhenotype),
            new SalvageOption("BAFF-R CAR T cells (experimental)", SourceReference.RelapsePreventionAfterHsct),
            new SalvageOption("CD19/CD22 dual-targeting CAR T cells", ByPhenotype),
        };

        /// <summary>Lineage switch: AML-directed therapy (<see cref="SourceReference.SalvageOptionsByPhenotype"/>), with myeloid markers monitored by flow cytometry and NGS to support the diagnosis (<see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/>).</summary>
        public static IReadOnlyList<SalvageOption> LineageSwitch { get; } = new[]
        {
            new SalvageOption("AML-directed therapy", ByPhenotype),
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
                cd19PositiveRelapse: _ => Cd19Positive,
                cd19NegativeRelapse: _ => Cd19Negative,
                lineageSwitch: _ => LineageSwitch);
        }
    }
}
