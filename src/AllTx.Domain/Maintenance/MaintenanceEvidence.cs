using System.Collections.Generic;
using AllTx.Domain.Outcomes;
using AllTx.Domain.Trials;

namespace AllTx.Domain.Maintenance
{
    /// <summary>
    /// The evidence a source gives for one maintenance strategy: what it found (quoted in substance), the trial ids, the
    /// number of patients, the effect sizes when quoted, and the source. Evidence, never a recommendation.
    /// </summary>
    /// <param name="Strategy">The strategy.</param>
    /// <param name="Finding">What the source reports, in its words' substance.</param>
    /// <param name="Trials">Registry ids the source names.</param>
    /// <param name="Patients">How many patients the study had, when stated.</param>
    /// <param name="Outcomes">Effect sizes as quoted (e.g. hazard ratios with p).</param>
    /// <param name="Source">The source.</param>
    public sealed record MaintenanceEvidence(
        MaintenanceStrategy Strategy,
        string Finding,
        IReadOnlyList<NctId> Trials,
        int? Patients,
        IReadOnlyList<ReportedOutcome> Outcomes,
        SourceReference Source);
}
