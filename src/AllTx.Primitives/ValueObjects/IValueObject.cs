using System.Diagnostics.CodeAnalysis;

namespace AllTx
{
    /// <summary>
    /// The members every Vogen value object has, as an interface, so that shared code (generic parsing helpers, the
    /// domain's initialisation guard) can create and read value objects without reflection. A value object opts in by
    /// listing it on its declaration (<c>partial struct MrdLevel : IValueObject&lt;MrdLevel, decimal&gt;</c>); Vogen's
    /// generated <c>From</c>, <c>TryFrom</c>, <c>Value</c> and <c>IsInitialized()</c> implement it.
    /// </summary>
    /// <typeparam name="TSelf">The value-object type.</typeparam>
    /// <typeparam name="TValue">The underlying type.</typeparam>
    public interface IValueObject<TSelf, TValue>
        where TSelf : IValueObject<TSelf, TValue>
    {
        /// <summary>The underlying value; throws for an uninitialised instance.</summary>
        TValue Value { get; }

        /// <summary>Whether this instance was created through validation (false for <c>default</c>).</summary>
        /// <returns><see langword="true"/> for an instance made by <c>From</c>, <c>TryFrom</c>, <c>Parse</c> or a converter.</returns>
        bool IsInitialized();

        /// <summary>Creates a value object, throwing on invalid input.</summary>
        /// <param name="value">The underlying value.</param>
        /// <returns>The value object.</returns>
        static abstract TSelf From(TValue value);

        /// <summary>Tries to create a value object.</summary>
        /// <param name="value">The underlying value.</param>
        /// <param name="valueObject">The value object when valid.</param>
        /// <returns><see langword="true"/> when the value is valid.</returns>
        static abstract bool TryFrom(TValue value, [MaybeNullWhen(false)] out TSelf valueObject);
    }
}
