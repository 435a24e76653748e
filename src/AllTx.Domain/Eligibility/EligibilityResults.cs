using System.Collections.Generic;

namespace AllTx.Domain.Eligibility
{
    /// <summary>Every criterion was evaluated and met.</summary>
    /// <param name="Met">The criteria met.</param>
    public sealed record Eligible(IReadOnlyList<EligibilityCriterion> Met);

    /// <summary>At least one criterion was not met; lists those and any that could not be evaluated.</summary>
    /// <param name="Failed">The criteria not met, with reasons.</param>
    /// <param name="Undetermined">The criteria that could not be evaluated (missing or incomparable facts).</param>
    public sealed record Ineligible(IReadOnlyList<CriterionFinding> Failed, IReadOnlyList<CriterionFinding> Undetermined);

    /// <summary>No criterion failed, but some could not be evaluated; lists those.</summary>
    /// <param name="Undetermined">The criteria that could not be evaluated (missing or incomparable facts).</param>
    public sealed record Indeterminate(IReadOnlyList<CriterionFinding> Undetermined);
}
