namespace AllTx.Domain
{
    /// <summary>A hand-written value object over a <see cref="decimal"/> with Vogen's <c>From</c> / <c>Value</c> surface.</summary>
    internal interface IDecimalScalar<TSelf>
        where TSelf : class, IDecimalScalar<TSelf>
    {
        static abstract TSelf From(decimal value);

        decimal Value { get; }
    }
}
