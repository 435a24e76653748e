using System.Text.Json.Serialization;

namespace AllTx.Domain.Maintenance
{
    /// <summary>A strategy to prevent relapse after allo-HSCT (<see cref="SourceReference.RelapsePreventionAfterHsct"/>, Figure 1).</summary>
    [JsonConverter(typeof(StrictEnumConverter<MaintenanceStrategy>))]
    public enum MaintenanceStrategy
    {
        /// <summary>Tyrosine kinase inhibitor maintenance in Ph+ ALL.</summary>
        TkiMaintenance = 1,

        /// <summary>Prophylactic or MRD/chimerism-guided pre-emptive donor lymphocyte infusion.</summary>
        ProphylacticOrPreEmptiveDli,

        /// <summary>Blinatumomab maintenance.</summary>
        BlinatumomabMaintenance,

        /// <summary>Low-dose inotuzumab ozogamicin maintenance.</summary>
        LowDoseInotuzumabMaintenance,

        /// <summary>Prophylactic donor-derived CAR-T cell infusion.</summary>
        ProphylacticDonorDerivedCarT,
    }
}
