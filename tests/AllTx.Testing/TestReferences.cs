using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AllTx.Testing;

/// <summary>
/// Metadata references for test compilations: the running runtime's trusted platform assemblies (so tests never touch
/// the network) plus AllTx.Primitives, OneOf and whatever a test adds.
/// </summary>
public static class TestReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Platform = new(LoadPlatform);

    /// <summary>The runtime's assemblies plus AllTx.Primitives and OneOf.</summary>
    public static IReadOnlyList<MetadataReference> Default => Platform.Value;

    /// <summary>The default references plus those of <paramref name="additional"/> (duplicates removed).</summary>
    public static IReadOnlyList<MetadataReference> With(IEnumerable<Assembly> additional)
    {
        var known = new HashSet<string>(Default.Select(r => r.Display ?? string.Empty), StringComparer.OrdinalIgnoreCase);
        var result = new List<MetadataReference>(Default);
        foreach (var assembly in additional)
        {
            if (known.Add(assembly.Location))
            {
                result.Add(MetadataReference.CreateFromFile(assembly.Location));
            }
        }

        return result;
    }

    /// <summary>AllTx.Primitives, the runtime support every generated value object and union needs.</summary>
    public static Assembly PrimitivesAssembly { get; } = Assembly.Load(new AssemblyName("AllTx.Primitives"));

    /// <summary>OneOf, the package AllTx.Primitives depends on: generated unions derive from its types.</summary>
    public static Assembly OneOfAssembly { get; } = Assembly.Load(new AssemblyName("OneOf"));

    private static IReadOnlyList<MetadataReference> LoadPlatform()
    {
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")
            ?? throw new InvalidOperationException("The runtime exposes no TRUSTED_PLATFORM_ASSEMBLIES; run the tests on .NET.");
        var paths = trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(IsFrameworkAssembly)
            .Append(PrimitivesAssembly.Location)
            .Append(OneOfAssembly.Location)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(p => p, StringComparer.Ordinal);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    // The test host's own assemblies (xunit, Roslyn, the test project) sit in the TPA list too; a test compilation should
    // see what a consumer sees: the shared framework only.
    private static bool IsFrameworkAssembly(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var directory = Path.GetDirectoryName(path) ?? string.Empty;
        return directory.Contains("Microsoft.NETCore.App", StringComparison.Ordinal) &&
               (name.StartsWith("System", StringComparison.Ordinal) ||
                name.StartsWith("Microsoft.", StringComparison.Ordinal) ||
                name is "netstandard" or "mscorlib");
    }
}
