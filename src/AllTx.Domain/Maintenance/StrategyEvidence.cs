namespace AllTx.Domain.Maintenance
{
    /// <summary>A strategy's evidence with whether its agent fits the disease biology, and why.</summary>
    /// <param name="Evidence">The evidence as <see cref="SourceReference.RelapsePreventionAfterHsct"/> quotes it.</param>
    /// <param name="Fit">Whether the agent fits, as far as the facts tell.</param>
    /// <param name="Basis">What the fit is judged on, e.g. "the agent targets CD22".</param>
    public sealed record StrategyEvidence(MaintenanceEvidence Evidence, AgentFit Fit, string Basis);
}
