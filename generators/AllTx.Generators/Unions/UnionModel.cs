using AllTx.Generators.Common;

namespace AllTx.Generators.Unions
{
    /// <summary>What the emitter needs to know about one <c>[Union]</c> record; equatable, so the pipeline caches it.</summary>
    /// <param name="HintName">A file name unique to the union.</param>
    /// <param name="Namespace">The namespace, or null for the global namespace.</param>
    /// <param name="ContainingTypes">The types the union is nested in, outermost first.</param>
    /// <param name="Name">The union's type name.</param>
    /// <param name="EmitPrivateConstructor">
    /// False when the union declares its own parameterless constructor or a primary constructor.
    /// </param>
    /// <param name="EmitPrintMembers">
    /// True when the union has no public instance data and no PrintMembers of its own, so a generated PrintMembers can keep
    /// the generated <c>Is&lt;Case&gt;</c> properties out of the cases' <c>ToString()</c>.
    /// </param>
    /// <param name="Cases">
    /// The nested records deriving from the union, in declaration order; or, for a <c>OneOfBase</c> union, the type
    /// arguments of its <c>OneOfBase</c>, in order.
    /// </param>
    /// <param name="DerivesFromOneOfBase">
    /// True for a <c>partial class</c> deriving from <c>OneOf.OneOfBase&lt;…&gt;</c>; false for an
    /// <c>abstract partial record</c> whose nested records are its cases.
    /// </param>
    /// <param name="DeclaresConverter">True when the declaration names its own <c>[JsonConverter]</c>.</param>
    internal sealed record UnionModel(
        string HintName,
        string? Namespace,
        EquatableArray<ContainingType> ContainingTypes,
        string Name,
        bool EmitPrivateConstructor,
        bool EmitPrintMembers,
        EquatableArray<UnionCase> Cases,
        bool DerivesFromOneOfBase = false,
        bool DeclaresConverter = false);

    /// <summary>A type enclosing the union, re-declared as partial around the generated code.</summary>
    /// <param name="Keyword">e.g. <c>class</c>, <c>record</c>, <c>record struct</c>.</param>
    /// <param name="NameWithTypeParameters">e.g. <c>Outer</c> or <c>Outer&lt;T&gt;</c>.</param>
    internal sealed record ContainingType(string Keyword, string NameWithTypeParameters);

    /// <summary>One case of a union.</summary>
    /// <param name="Name">
    /// How generated code names the case type: the nested type name for a record union (<c>PositiveNotQuantifiable</c>),
    /// the fully qualified type for a <c>OneOfBase</c> union (<c>global::Clinic.Relapse.Cd19PositiveRelapse</c>).
    /// </param>
    /// <param name="Kind">
    /// The camel-case case name, e.g. <c>positiveNotQuantifiable</c> or <c>cd19Positive</c>: the JSON kind or case.
    /// </param>
    /// <param name="ParameterName">The kind as a C# identifier (keywords escaped with <c>@</c>).</param>
    /// <param name="MemberName">
    /// The case name in member names (<c>IsCd19Positive</c>, the visitor's <c>Cd19Positive</c>): the type name for a
    /// record union, the Pascal-case case name for a <c>OneOfBase</c> union.
    /// </param>
    /// <param name="CanBeNull">True when the case type is a reference type or <c>Nullable&lt;T&gt;</c>.</param>
    /// <param name="Converts">
    /// True when a <c>OneOfBase</c> union can have conversions with the case type: not an interface, not
    /// <c>object</c>, and no other case of the same type.
    /// </param>
    internal sealed record UnionCase(string Name, string Kind, string ParameterName, string MemberName, bool CanBeNull = false, bool Converts = false)
    {
        /// <summary>The case type in a <c>cref</c>: generic arguments in braces.</summary>
        public string Cref => Name.Replace('<', '{').Replace('>', '}');
    }
}
