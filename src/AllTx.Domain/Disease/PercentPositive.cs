namespace AllTx.Domain.Disease
{
    /// <summary>
    /// The percentage of blasts expressing an antigen, from 0 to 100 %, when the laboratory reports it . A generated value object; JSON is a number of percent.
    /// </summary>
    [ValueObject<decimal>]
    [ValueRange(0, 100)]
    public readonly partial struct PercentPositive
    {
        /// <summary>"85 %".</summary>
        /// <returns>The percentage with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "%");
    }
}
