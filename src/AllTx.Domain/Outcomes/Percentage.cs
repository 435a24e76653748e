namespace AllTx.Domain.Outcomes
{
    /// <summary>
    /// A percentage from 0 to 100 as a report prints it for a rate or a share (2-year OS
    /// 89.2 %, <see cref="SourceReference.BlinatumomabBeforeHsctInChildren2025"/>; 27/30 = 90 %), or a share of donor cells in a chimerism result (CIBMTR form 2451). A generated
    /// value object; JSON is a number of percent.
    /// </summary>
    [ValueObject<decimal>]
    [ValueRange(0, 100)]
    public readonly partial struct Percentage
    {
        /// <summary>"89.2 %".</summary>
        /// <returns>The percentage with its sign.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "%");
    }
}
