using System.Collections.Generic;
using System.Linq;
using AllTx.Domain.Outcomes;
using AllTx.Domain.Trials;

namespace AllTx.Domain.Maintenance
{
    /// <summary>
    /// The evidence for relapse-prevention strategies after allo-HSCT as <see cref="SourceReference.RelapsePreventionAfterHsct"/> summarises it; TKI
    /// maintenance cites its primary study, <see cref="SourceReference.PostTransplantTkiEbmt2015"/>. Evidence, never a recommendation.
    /// </summary>
    public static class MaintenanceEvidenceCatalogue
    {
        /// <summary>
        /// TKI maintenance in Ph+ ALL: in a retrospective study of 473 patients with de novo Ph+ ALL after allo-HSCT (157
        /// received TKI), prophylactic TKI was associated with better LFS (HR 0.44; p = 0.002), OS (HR 0.42; p = 0.004) and
        /// a lower relapse incidence (HR 0.40; p = 0.01) (<see cref="SourceReference.PostTransplantTkiEbmt2015"/>; the 157 as <see cref="SourceReference.RelapsePreventionAfterHsct"/> reports it).
        /// </summary>
        public static MaintenanceEvidence TkiMaintenance { get; } = new(
            MaintenanceStrategy.TkiMaintenance,
            "Retrospective study of 473 patients with de novo Ph+ ALL after allo-HSCT, 157 of whom received TKI after transplant: prophylactic TKI was a significant factor for improved LFS and OS and a lower relapse incidence.",
            [],
            473,
            [
                Hazard(Endpoint.LeukaemiaFreeSurvival, 0.44m, 0.002m),
                Hazard(Endpoint.OverallSurvival, 0.42m, 0.004m),
                Hazard(Endpoint.CumulativeIncidenceOfRelapse, 0.40m, 0.01m),
            ],
            SourceReference.PostTransplantTkiEbmt2015);

        /// <summary>Low-dose DLI every 2 months for at least 36 months reduced relapse and GvHD rates in a pilot study of 11 patients with high-risk ALL after allo-HSCT.</summary>
        public static MaintenanceEvidence Dli { get; } = new(
            MaintenanceStrategy.ProphylacticOrPreEmptiveDli,
            "Pre-emptive or prophylactic DLI guided by MRD or loss of chimerism may prevent overt relapse; a pilot study of a repetitive low-dose DLI schedule every 2 months for at least 36 months reduced both relapse and GvHD rates in high-risk ALL after allo-HSCT.",
            [],
            11,
            [],
            SourceReference.RelapsePreventionAfterHsct);

        /// <summary>Blinatumomab maintenance after allo-HSCT was feasible with a manageable safety profile in 21 patients with high-risk B-ALL (phase II, NCT02807883).</summary>
        public static MaintenanceEvidence Blinatumomab { get; } = new(
            MaintenanceStrategy.BlinatumomabMaintenance,
            "Phase II trial: blinatumomab maintenance after allo-HSCT was feasible, with a manageable safety profile, in patients with high-risk B-ALL.",
            [NctId.From("NCT02807883")],
            21,
            [],
            SourceReference.RelapsePreventionAfterHsct);

        /// <summary>Low-dose inotuzumab maintenance after allo-HSCT had a favourable safety profile with no sinusoidal obstruction syndrome in 18 patients with high-risk ALL (phase I, NCT03104491).</summary>
        public static MaintenanceEvidence LowDoseInotuzumab { get; } = new(
            MaintenanceStrategy.LowDoseInotuzumabMaintenance,
            "Phase I trial: low-dose inotuzumab ozogamicin maintenance after allo-HSCT had a favourable safety profile, with no sinusoidal obstruction syndrome, in patients with high-risk ALL.",
            [NctId.From("NCT03104491")],
            18,
            [],
            SourceReference.RelapsePreventionAfterHsct);

        /// <summary>Prophylactic donor-derived CAR-T after allo-HSCT in 23 patients with high-risk B-ALL: lower relapse rates than a contemporary cohort of 44 without maintenance.</summary>
        public static MaintenanceEvidence DonorDerivedCarT { get; } = new(
            MaintenanceStrategy.ProphylacticDonorDerivedCarT,
            "Prophylactic donor-derived CAR-T infusion after allo-HSCT in patients with high-risk B-ALL was associated with reduced relapse rates compared with a contemporary cohort of 44 patients who received no post-transplant maintenance.",
            [],
            23,
            [],
            SourceReference.RelapsePreventionAfterHsct);

        /// <summary>Every entry, in the order of <see cref="SourceReference.RelapsePreventionAfterHsct"/>.</summary>
        public static IReadOnlyList<MaintenanceEvidence> All { get; } = [TkiMaintenance, Dli, Blinatumomab, LowDoseInotuzumab, DonorDerivedCarT];

        /// <summary>The evidence for a strategy.</summary>
        /// <param name="strategy">The strategy.</param>
        /// <returns>The evidence.</returns>
        public static MaintenanceEvidence For(MaintenanceStrategy strategy) => All.Single(evidence => evidence.Strategy == strategy);

        private static ReportedOutcome Hazard(Endpoint endpoint, decimal ratio, decimal p) =>
            ReportedOutcome.Of(endpoint, new OutcomeValue.HazardRatioEstimate(HazardRatio.Of(ratio, p)));
    }
}
