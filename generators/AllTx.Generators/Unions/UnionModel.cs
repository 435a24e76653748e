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
    /// <param name="Cases">The nested records deriving from the union, in declaration order.</param>
    internal sealed record UnionModel(
        string HintName,
        string? Namespace,
        EquatableArray<ContainingType> ContainingTypes,
        string Name,
        bool EmitPrivateConstructor,
        bool EmitPrintMembers,
        EquatableArray<UnionCase> Cases);

    /// <summary>A type enclosing the union, re-declared as partial around the generated code.</summary>
    /// <param name="Keyword">e.g. <c>class</c>, <c>record</c>, <c>record struct</c>.</param>
    /// <param name="NameWithTypeParameters">e.g. <c>Outer</c> or <c>Outer&lt;T&gt;</c>.</param>
    internal sealed record ContainingType(string Keyword, string NameWithTypeParameters);

    /// <summary>One case of a union.</summary>
    /// <param name="Name">The case type name, e.g. <c>PositiveNotQuantifiable</c>.</param>
    /// <param name="Kind">The camel-case name, e.g. <c>positiveNotQuantifiable</c>: the JSON kind.</param>
    /// <param name="ParameterName">The kind as a C# identifier (keywords escaped with <c>@</c>).</param>
    internal sealed record UnionCase(string Name, string Kind, string ParameterName);
}
