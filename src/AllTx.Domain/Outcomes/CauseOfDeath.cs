using System.Text.Json.Serialization;

namespace AllTx.Domain.Outcomes
{
    /// <summary>
    /// The primary cause of death after HCT or cellular therapy, in the categories of the CIBMTR Recipient Death Data form
    /// (Form 2900, <see cref="SourceReference.CibmtrRecipientDeathData"/>), grouped to the level registries report. The
    /// cause is not the same as the endpoint: non-relapse mortality is death without a prior relapse, whatever the cause.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<CauseOfDeath>))]
    public enum CauseOfDeath
    {
        /// <summary>Recurrence, persistence or progression of the disease for which the HCT or cellular therapy was given.</summary>
        RecurrencePersistenceOrProgression = 1,

        /// <summary>Acute graft-versus-host disease.</summary>
        AcuteGvhd,

        /// <summary>Chronic graft-versus-host disease.</summary>
        ChronicGvhd,

        /// <summary>Infection.</summary>
        Infection,

        /// <summary>Organ failure or toxicity.</summary>
        OrganFailure,

        /// <summary>Graft rejection or failure: no haematopoietic recovery, or graft failure after initial recovery.</summary>
        GraftRejectionOrFailure,

        /// <summary>Cytokine release syndrome (after immune effector cell therapy).</summary>
        CytokineReleaseSyndrome,

        /// <summary>Haemorrhage.</summary>
        Haemorrhage,

        /// <summary>Any other cause the form lists (e.g. new malignancy, vascular, accident).</summary>
        Other,
    }
}
