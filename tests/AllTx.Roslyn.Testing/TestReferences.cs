using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Roslyn.Testing;

/// <summary>
/// What every test compilation references, identical for every test and never downloaded: an empty
/// <c>new ReferenceAssemblies("net10.0")</c> (so Microsoft.CodeAnalysis.Testing resolves no package), the net10.0 reference
/// assemblies of Basic.Reference.Assemblies.Net100, AllTx.Primitives, OneOf and Vogen's runtime types (every value object is a
/// Vogen value object). Never use <c>ReferenceAssemblies.Net.*</c> or
/// <c>ReferenceAssemblies.Default</c>: they download a reference pack while the tests run.
/// </summary>
public static class TestReferences
{
    /// <summary>The target framework with no package to resolve; the references come from <see cref="Default"/>.</summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    /// <summary>AllTx.Primitives, the runtime support every generated value object and union needs.</summary>
    public static Assembly PrimitivesAssembly { get; } = typeof(AllTx.RuleViolation).Assembly;

    /// <summary>OneOf, the package AllTx.Primitives depends on: generated unions derive from its types.</summary>
    public static Assembly OneOfAssembly { get; } = typeof(OneOf.IOneOf).Assembly;

    /// <summary>Vogen's runtime types (<c>ValueObjectAttribute&lt;T&gt;</c>, <c>Validation</c>, <c>Instance</c>).</summary>
    public static Assembly VogenAssembly { get; } = typeof(Vogen.Validation).Assembly;

    /// <summary>The net10.0 reference assemblies plus AllTx.Primitives, OneOf and Vogen's runtime types.</summary>
    public static ImmutableArray<MetadataReference> Default { get; } =
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(PrimitivesAssembly.Location))
            .Append(MetadataReference.CreateFromFile(OneOfAssembly.Location))
            .Append(MetadataReference.CreateFromFile(VogenAssembly.Location))
            .ToImmutableArray();

    /// <summary>
    /// Vogen's incremental generator (the roslyn4.12 build of the restored Vogen package), for tests whose value objects
    /// must be completed as a consumer's build completes them. Add it to a verifier's <c>SourceGenerators</c>.
    /// </summary>
    public static Type VogenGenerator { get; } = LoadVogenGenerator();

    /// <summary>A new instance of <see cref="VogenGenerator"/>, for tests that drive a generator driver directly.</summary>
    /// <returns>Vogen's generator.</returns>
    public static IIncrementalGenerator CreateVogenGenerator() => (IIncrementalGenerator)Activator.CreateInstance(VogenGenerator)!;

    /// <summary>The default references plus <paramref name="additional"/> (e.g. AllTx.Domain).</summary>
    public static ImmutableArray<MetadataReference> With(params Assembly[] additional) =>
        Default.AddRange(additional.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)));

    private static Type LoadVogenGenerator()
    {
        string path = typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "VogenGenerator").Value!;
        return Assembly.LoadFrom(path).GetTypes()
            .Single(type => type.Name == "ValueObjectGenerator" && typeof(IIncrementalGenerator).IsAssignableFrom(type));
    }
}
