namespace AllTx.Domain.Disease
{
    /// <summary>
    /// The percentage of blasts among bone-marrow cells, from 0 to 100 % (the count-based
    /// response thresholds use it: CR &lt; 5 %, CRh ≤ 5 %, <see cref="SourceReference.CountBasedResponseCriteria"/>). A generated value object; JSON is a number
    /// of percent.
    /// </summary>
    [ValueObject<decimal>]
    [ValueRange(0, 100)]
    public readonly partial struct BlastPercentage
    {
        /// <summary>"4.5 %".</summary>
        /// <returns>The percentage with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "%");
    }
}
