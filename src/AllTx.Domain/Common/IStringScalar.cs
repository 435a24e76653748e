namespace AllTx.Domain
{
    /// <summary>A hand-written value object over a <see cref="string"/> with Vogen's <c>From</c> / <c>Value</c> surface.</summary>
    internal interface IStringScalar<TSelf>
        where TSelf : class, IStringScalar<TSelf>
    {
        static abstract TSelf From(string value);

        string Value { get; }
    }
}
