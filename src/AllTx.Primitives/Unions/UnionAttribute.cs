using System;

namespace AllTx
{
    /// <summary>
    /// Declares a named union. Either a <c>partial class</c> deriving from <c>OneOf.OneOfBase&lt;T0, …&gt;</c>: the AllTx
    /// generator writes what OneOf.SourceGenerator would (a constructor from <c>OneOf&lt;T0, …&gt;</c>, conversions from
    /// and to each case) and names the cases, after the attribute's case names or, without them, after the case types
    /// in camel case: <c>Match</c>, <c>Switch</c> and <c>Visit(ref visitor)</c> with one handler per case named after it,
    /// <c>Is&lt;Case&gt;</c>, <c>TryGet&lt;Case&gt;</c> and a System.Text.Json converter writing
    /// <c>{"case": "&lt;case name&gt;", "value": …}</c>. Or an <c>abstract partial record</c> whose nested <c>sealed partial record</c> types deriving from
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
    /// <code>
    /// [Union("cd19Positive", "cd19Negative", "lineageSwitch")]
    /// public sealed partial class RelapsePhenotype : OneOfBase&lt;Cd19PositiveRelapse, Cd19NegativeRelapse, LineageSwitch&gt;;
    /// </code>
    /// </example>
    /// <remarks>
    /// The generator also puts <c>[JsonConverter(typeof(X.UnionJsonConverter))]</c> on the union, unless the declaration
    /// names a converter itself. System.Text.Json's source generator does not see what other generators write: a union
    /// serialised by a <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> of the same project declares
    /// <c>[JsonConverter(typeof(AllTx.Serialization.UnionJsonConverterFactory))]</c> (unions of a referenced assembly,
    /// such as AllTx.Domain's, need nothing).
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class UnionAttribute : Attribute
    {
        /// <summary>Declares a union whose cases are named after their types (camel case).</summary>
        public UnionAttribute()
        {
            CaseNames = Array.Empty<string>();
        }

        /// <summary>Declares a <c>OneOfBase</c> union whose cases have these names, in the order of its type arguments.</summary>
        /// <param name="caseNames">One camel-case identifier per case, in order.</param>
        public UnionAttribute(params string[] caseNames)
        {
            CaseNames = caseNames ?? Array.Empty<string>();
        }

        /// <summary>The case names given, in case order; empty when the cases are named after their types.</summary>
        public string[] CaseNames { get; }
    }
}
