using System;

namespace AllTx
{
    /// <summary>
    /// Marks a <c>partial</c> struct, class or record as a value object wrapping a <typeparamref name="T"/>; the AllTx
    /// generator adds <c>From</c>, <c>TryFrom</c>, <c>Value</c>, equality, comparison, formatting, parsing, casts, a type
    /// converter and a System.Text.Json converter. The public surface follows Vogen's <c>[ValueObject&lt;T&gt;]</c>.
    /// </summary>
    /// <typeparam name="T">The underlying (primitive) type that the value object wraps.</typeparam>
    [AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ValueObjectAttribute<T> : Attribute
    {
        /// <summary>Declares a value object; casts are explicit in both directions unless configured otherwise.</summary>
        /// <param name="toPrimitiveCasting">The cast from the value object to <typeparamref name="T"/>.</param>
        /// <param name="fromPrimitiveCasting">The cast from <typeparamref name="T"/> to the value object (it validates).</param>
        public ValueObjectAttribute(
            CastOperator toPrimitiveCasting = CastOperator.Explicit,
            CastOperator fromPrimitiveCasting = CastOperator.Explicit)
        {
            ToPrimitiveCasting = toPrimitiveCasting;
            FromPrimitiveCasting = fromPrimitiveCasting;
        }

        /// <summary>The cast operator from the value object to its underlying value.</summary>
        public CastOperator ToPrimitiveCasting { get; }

        /// <summary>The cast operator from an underlying value to the value object.</summary>
        public CastOperator FromPrimitiveCasting { get; }
    }
}
