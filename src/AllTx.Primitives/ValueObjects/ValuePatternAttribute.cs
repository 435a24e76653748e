using System;

namespace AllTx
{
    /// <summary>
    /// Declarative rule for a <see cref="string"/> value object: the value must match the regular expression
    /// <see cref="Pattern"/> (culture-invariant; anchor it with <c>^…$</c> to match the whole value).
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ValuePatternAttribute : Attribute
    {
        /// <summary>Declares the pattern.</summary>
        /// <param name="pattern">A .NET regular expression.</param>
        public ValuePatternAttribute(string pattern) => Pattern = pattern;

        /// <summary>The regular expression that the value must match.</summary>
        public string Pattern { get; }
    }
}
