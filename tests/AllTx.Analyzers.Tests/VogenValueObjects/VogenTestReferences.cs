using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.VogenValueObjects;

/// <summary>
/// What a consumer of the packed SDK compiles against, for the Microsoft.CodeAnalysis.Testing tests: the net10.0 reference
/// assemblies from Basic.Reference.Assemblies (nothing is downloaded), Vogen's runtime types, AllTx.Primitives, and
/// Vogen's own generator (the roslyn4.12 build of the Vogen 8.0.7 package) to run beside ours.
/// </summary>
internal static class VogenTestReferences
{
    /// <summary>Empty on purpose: the references come from <see cref="All"/>, never from a download.</summary>
    internal static readonly ReferenceAssemblies None = new("net10.0");

    internal static readonly ImmutableArray<MetadataReference> All = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(Vogen.Validation).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(AllTx.RuleViolation).Assembly.Location))
        .ToImmutableArray();

    /// <summary>Vogen's incremental generator, loaded from the package the test project restored.</summary>
    internal static readonly Type VogenGenerator = LoadVogenGenerator();

    private static Type LoadVogenGenerator()
    {
        string path = typeof(VogenTestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "VogenGenerator").Value!;
        return Assembly.LoadFrom(path).GetTypes()
            .Single(type => type.Name == "ValueObjectGenerator" && typeof(IIncrementalGenerator).IsAssignableFrom(type));
    }

    /// <summary>A new instance of Vogen's generator (for tests on the in-house AllTx.Testing harness).</summary>
    internal static IIncrementalGenerator CreateVogenGenerator() => (IIncrementalGenerator)Activator.CreateInstance(VogenGenerator)!;

    /// <summary>Adds the consumer references to a test.</summary>
    internal static void AddTo(SolutionState state) => state.AdditionalReferences.AddRange(All);
}
