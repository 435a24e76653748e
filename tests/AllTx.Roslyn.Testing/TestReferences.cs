using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Roslyn.Testing;

/// <summary>
/// What every test compilation references, identical for every test and never downloaded: an empty
/// <c>new ReferenceAssemblies("net10.0")</c> (so Microsoft.CodeAnalysis.Testing resolves no package), the net10.0 reference
/// assemblies of Basic.Reference.Assemblies.Net100, AllTx.Primitives and OneOf. Never use <c>ReferenceAssemblies.Net.*</c> or
/// <c>ReferenceAssemblies.Default</c>: they download a reference pack while the tests run.
/// </summary>
public static class TestReferences
{
    /// <summary>The target framework with no package to resolve; the references come from <see cref="Default"/>.</summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    /// <summary>AllTx.Primitives, the runtime support every generated value object and union needs.</summary>
    public static Assembly PrimitivesAssembly { get; } = typeof(AllTx.ValueObjectAttribute<>).Assembly;

    /// <summary>OneOf, the package AllTx.Primitives depends on: generated unions derive from its types.</summary>
    public static Assembly OneOfAssembly { get; } = typeof(OneOf.IOneOf).Assembly;

    /// <summary>The net10.0 reference assemblies plus AllTx.Primitives and OneOf.</summary>
    public static ImmutableArray<MetadataReference> Default { get; } =
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(PrimitivesAssembly.Location))
            .Append(MetadataReference.CreateFromFile(OneOfAssembly.Location))
            .ToImmutableArray();

    /// <summary>The default references plus <paramref name="additional"/> (e.g. AllTx.Domain).</summary>
    public static ImmutableArray<MetadataReference> With(params Assembly[] additional) =>
        Default.AddRange(additional.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)));
}
