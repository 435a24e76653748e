namespace AllTx.Domain.Disease
{
    /// <summary>
    /// The white-cell count of a cerebrospinal fluid sample, in cells per microlitre (UCUM <c>/uL</c>), 0 or more and at
    /// most 100,000 (the upper bound only catches unit slips such as cells per litre). A generated value object; JSON is
    /// the number of cells/µL.
    /// </summary>
    [ValueObject<decimal>]
    [ValueRange(0, 100000)]
    public readonly partial struct CsfWhiteCellCount
    {
        /// <summary>"3 /uL".</summary>
        /// <returns>The count with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "/uL");
    }
}
