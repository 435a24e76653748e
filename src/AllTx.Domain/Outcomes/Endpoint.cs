using System.Text.Json.Serialization;

namespace AllTx.Domain.Outcomes
{
    /// <summary>
    /// What a reported outcome measures (as reported in <see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/> and <see cref="SourceReference.BlinatumomabBeforeHsctInChildren2025"/>): the time-to-event endpoints
    /// OS, EFS, LFS, DFS, RFS, PFS, CIR, NRM, GRFS and duration of response, and the response rates reported beside them
    /// (CR, CRh, CRi and their combinations, overall remission, MRD-negative remission).
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<Endpoint>))]
    public enum Endpoint
    {
        /// <summary>Overall survival (OS).</summary>
        OverallSurvival = 1,

        /// <summary>Event-free survival (EFS).</summary>
        EventFreeSurvival,

        /// <summary>Leukaemia-free survival (LFS).</summary>
        LeukaemiaFreeSurvival,

        /// <summary>Disease-free survival (DFS).</summary>
        DiseaseFreeSurvival,

        /// <summary>Relapse-free survival (RFS).</summary>
        RelapseFreeSurvival,

        /// <summary>Progression-free survival (PFS).</summary>
        ProgressionFreeSurvival,

        /// <summary>Cumulative incidence of relapse (CIR).</summary>
        CumulativeIncidenceOfRelapse,

        /// <summary>Non-relapse mortality (NRM, also transplant-related mortality, TRM).</summary>
        NonRelapseMortality,

        /// <summary>GvHD-free, relapse-free survival (GRFS).</summary>
        GvhdFreeRelapseFreeSurvival,

        /// <summary>Duration of response (DOR), including duration of remission.</summary>
        DurationOfResponse,

        /// <summary>Complete remission (CR) rate.</summary>
        CompleteRemission,

        /// <summary>Complete remission with partial haematological recovery (CRh) rate.</summary>
        CompleteRemissionWithPartialRecovery,

        /// <summary>Complete remission with incomplete haematological recovery (CRi) rate.</summary>
        CompleteRemissionWithIncompleteRecovery,

        /// <summary>CR or CRh rate.</summary>
        CompleteRemissionOrCrh,

        /// <summary>CR or CRi rate.</summary>
        CompleteRemissionOrCri,

        /// <summary>CR, CRh or CRi rate.</summary>
        CompleteRemissionCrhOrCri,

        /// <summary>Overall remission / response rate as the source reports it, without a breakdown.</summary>
        OverallRemission,

        /// <summary>MRD-negative remission rate (among responders unless the population says otherwise).</summary>
        MrdNegativeRemission,
    }
}
