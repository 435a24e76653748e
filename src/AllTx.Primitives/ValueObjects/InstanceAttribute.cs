using System;

namespace AllTx
{
    /// <summary>
    /// Declares a well-known instance of a value object, generated as a <c>public static readonly</c> field named
    /// <see cref="Name"/> (as Vogen's <c>[Instance]</c>). The value goes through the same validation as <c>From</c>, and the
    /// AllTx analyzers check it against the declarative rules at compile time (ATX3003).
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class InstanceAttribute : Attribute
    {
        /// <summary>Declares a well-known instance.</summary>
        /// <param name="name">The name of the generated static field, a valid C# identifier.</param>
        /// <param name="value">
        /// The underlying value: a constant of the underlying type, a number for numeric types (including <c>decimal</c>),
        /// or a string in invariant-culture form for parsable types such as <see cref="Guid"/> or <see cref="DateOnly"/>.
        /// </param>
        /// <param name="documentation">Optional text for the generated field's XML summary.</param>
        public InstanceAttribute(string name, object value, string? documentation = null)
        {
            Name = name;
            Value = value;
            Documentation = documentation;
        }

        /// <summary>The name of the generated static field.</summary>
        public string Name { get; }

        /// <summary>The underlying value of the instance.</summary>
        public object Value { get; }

        /// <summary>The text for the generated field's XML summary, if any.</summary>
        public string? Documentation { get; }
    }
}
