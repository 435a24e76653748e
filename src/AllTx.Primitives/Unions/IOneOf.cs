namespace AllTx
{
    /// <summary>What every <c>OneOf&lt;T0, …&gt;</c> exposes without its type arguments.</summary>
    public interface IOneOf
    {
        /// <summary>The value of the case held, boxed if it is a value type.</summary>
        /// <exception cref="System.InvalidOperationException">The value is <c>default</c> and holds no case.</exception>
        object? Value { get; }

        /// <summary>The zero-based index of the case held, or -1 when the value is <c>default</c>.</summary>
        int Index { get; }

        /// <summary>True when the value is <c>default</c> and holds none of its cases.</summary>
        bool IsDefault { get; }
    }
}
