namespace AllTx.Domain.Eligibility
{
    /// <summary>A criterion that was not met, or could not be evaluated, with the reason in words.</summary>
    /// <param name="Criterion">The criterion.</param>
    /// <param name="Reason">Why, e.g. "SerumCreatinine 1.7 mg/dL is not ≤ 1.6 mg/dL".</param>
    public sealed record CriterionFinding(EligibilityCriterion Criterion, string Reason)
    {
        /// <summary>The reason.</summary>
        /// <returns><see cref="Reason"/>.</returns>
        public override string ToString() => Reason;
    }
}
