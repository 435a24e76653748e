namespace AllTx
{
    /// <summary>Which cast operator a value object gets between itself and its underlying type (as in Vogen).</summary>
    public enum CastOperator
    {
        /// <summary>No cast operator: conversions go through <c>From</c> and <c>Value</c> only.</summary>
        None = 0,

        /// <summary>An explicit cast operator (the default in both directions).</summary>
        Explicit = 1,

        /// <summary>An implicit cast operator. A cast to the value object still validates and throws on invalid input.</summary>
        Implicit = 2,
    }
}
