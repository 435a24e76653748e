using System;

namespace AllTx
{
    /// <summary>
    /// Declares a named union: an <c>abstract partial record</c> whose nested <c>sealed partial record</c> types deriving from
    /// it are its cases. The AllTx generator closes the hierarchy (private constructor) and writes <c>Match</c> and
    /// <c>Switch</c> with one handler per case named after it, state-passing overloads, <c>Is&lt;Case&gt;</c> and
    /// <c>TryGet&lt;Case&gt;</c>, conversions to and from <c>OneOf&lt;cases…&gt;</c>, and a System.Text.Json converter with
    /// a camel-case <c>"kind"</c> discriminator.
    /// </summary>
    /// <example>
    /// <code>
    /// [Union]
    /// public abstract partial record MrdOutcome
    /// {
    ///     public sealed partial record Positive(decimal Level) : MrdOutcome;
    ///     public sealed partial record Negative : MrdOutcome;
    /// }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class UnionAttribute : Attribute
    {
    }
}
