using System;

namespace AllTx.Domain.Mrd
{
    /// <summary>One planned MRD assessment: the window it should be sampled in and where it stands.</summary>
    /// <param name="Purpose">"before allo-HSCT" or "after allo-HSCT, assessment 2", in words.</param>
    /// <param name="Earliest">The first day of the window, or null when it has no start.</param>
    /// <param name="Latest">The last day of the window.</param>
    /// <param name="Status">Where it stands.</param>
    public sealed record MrdAssessmentWindow(string Purpose, DateOnly? Earliest, DateOnly Latest, MrdAssessmentStatus Status);
}
