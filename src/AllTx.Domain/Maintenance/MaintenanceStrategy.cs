using System.Text.Json.Serialization;

namespace AllTx.Domain.Maintenance
{
    /// <summary>A strategy to prevent relapse after allo-HSCT (seed 000, Figure 1; DOMAIN.md "Preventing relapse after HSCT").</summary>
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
