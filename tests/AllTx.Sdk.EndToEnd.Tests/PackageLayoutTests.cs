using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>The AllTx.Sdk.nupkg holds what a team's build and debugger need; its one dependency is OneOf.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class PackageLayoutTests(PackedSdk sdk)
{
    private static readonly string[] s_runtimeLibraries = ["AllTx.Domain", "AllTx.Primitives"];
    private static readonly string[] s_roslynComponents = ["AllTx.Analyzers", "AllTx.CodeFixes", "AllTx.Generators"];

    // Roslyn 4.8 ships with the .NET 8 SDK and Visual Studio 17.8: a component built against anything newer is refused
    // there with CS9057.
    private static readonly Version s_oldestSupportedRoslyn = new(4, 8, 0, 0);

    [Fact]
    public void Lib_folder_holds_exactly_the_runtime_libraries_with_their_xml_docs()
    {
        using PackageArchive package = new(sdk.PackagePath);

        string[] expected = s_runtimeLibraries
            .SelectMany(name => new[] { $"lib/net10.0/{name}.dll", $"lib/net10.0/{name}.xml" })
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, package.FilesUnder("lib"));
    }

    [Fact]
    public void Analyzers_folder_holds_exactly_the_generators_analyzers_and_code_fixes_for_csharp()
    {
        using PackageArchive package = new(sdk.PackagePath);

        string[] expected = s_roslynComponents.Select(name => $"analyzers/dotnet/cs/{name}.dll").ToArray();
        Assert.Equal(expected, package.FilesUnder("analyzers"));
    }

    [Fact]
    public void Runtime_libraries_embed_their_portable_pdb_so_a_debugger_steps_into_them_without_a_symbol_server()
    {
        using PackageArchive package = new(sdk.PackagePath);

        foreach (string library in s_runtimeLibraries)
        {
            AssemblyMetadata assembly = package.ReadAssembly($"lib/net10.0/{library}.dll");
            Assert.True(
                assembly.EmbeddedPdbReadable,
                $"{library}.dll has no readable embedded portable PDB; its debug directory holds: {string.Join(", ", assembly.DebugEntries)}");
            Assert.Contains(DebugDirectoryEntryType.CodeView, assembly.DebugEntries);
        }
    }

    [Fact]
    public void Xml_docs_next_to_each_runtime_library_document_that_library()
    {
        using PackageArchive package = new(sdk.PackagePath);

        foreach (string library in s_runtimeLibraries)
        {
            using MemoryStream xml = new(package.ReadFile($"lib/net10.0/{library}.xml"));
            XElement doc = XDocument.Load(xml).Root!;
            Assert.Equal("doc", doc.Name.LocalName);
            Assert.Equal(library, doc.Element("assembly")?.Element("name")?.Value);
        }
    }

    [Fact]
    public void Nuspec_names_the_package_its_version_and_what_a_gallery_shows()
    {
        using PackageArchive package = new(sdk.PackagePath);

        Assert.Equal(PackedSdk.PackageId, package.MetadataValue("id"));
        Assert.Equal(sdk.Version, package.MetadataValue("version"));
        Assert.EndsWith("-" + sdk.VersionSuffix, sdk.Version, StringComparison.Ordinal);

        string description = package.MetadataValue("description") ?? "";
        Assert.Contains("acute lymphoblastic leukaemia", description, StringComparison.Ordinal);

        string[] tags = (package.MetadataValue("tags") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Superset(new HashSet<string>(["leukaemia", "transplant", "analyzers", "source-generators"]), tags.ToHashSet());

        XElement license = package.MetadataElement("license") ?? throw new Xunit.Sdk.XunitException("The nuspec has no <license>.");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);

        XElement repository = package.MetadataElement("repository") ?? throw new Xunit.Sdk.XunitException("The nuspec has no <repository>.");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_named_in_the_nuspec_is_in_the_package()
    {
        using PackageArchive package = new(sdk.PackagePath);

        string readme = package.MetadataValue("readme") ?? throw new Xunit.Sdk.XunitException("The nuspec names no readme.");
        string text = System.Text.Encoding.UTF8.GetString(package.ReadFile(readme));
        Assert.Contains("PackageReference Include=\"AllTx.Sdk\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_depends_on_OneOf_and_Vogen_and_ships_neither_assembly()
    {
        using PackageArchive package = new(sdk.PackagePath);

        XElement[] dependencies = package.Metadata.Descendants().Where(element => element.Name.LocalName == "dependency").ToArray();
        Assert.Equal(2, dependencies.Length);
        XElement oneOf = Assert.Single(dependencies, dependency => (string?)dependency.Attribute("id") == "OneOf");
        Assert.Equal("3.0.271", (string?)oneOf.Attribute("version"));
        XElement vogen = Assert.Single(dependencies, dependency => (string?)dependency.Attribute("id") == "Vogen");
        Assert.Equal("8.0.7", (string?)vogen.Attribute("version"));
        Assert.Null(vogen.Attribute("exclude"));
        Assert.DoesNotContain(package.Files, entry => entry.EndsWith("/OneOf.dll", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(package.Files, file => Path.GetFileName(file).StartsWith("Vogen", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Roslyn_components_target_netstandard2_0_and_need_no_compiler_newer_than_Roslyn_4_8()
    {
        using PackageArchive package = new(sdk.PackagePath);

        foreach (string component in s_roslynComponents)
        {
            AssemblyMetadata assembly = package.ReadAssembly($"analyzers/dotnet/cs/{component}.dll");
            Assert.True(
                assembly.References.TryGetValue("netstandard", out Version? netstandard) && netstandard == new Version(2, 0, 0, 0),
                $"{component}.dll must target netstandard2.0 (Visual Studio loads analyzers on .NET Framework); it references {Describe(assembly.References)}");

            KeyValuePair<string, Version>[] tooNew = assembly.References
                .Where(reference => reference.Key.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && reference.Value > s_oldestSupportedRoslyn)
                .ToArray();
            Assert.True(
                tooNew.Length == 0,
                $"{component}.dll references {Describe(tooNew)}: compilers older than that (the .NET 8 SDK, VS 17.8) would refuse it with CS9057.");
        }
    }

    private static string Describe(IEnumerable<KeyValuePair<string, Version>> references) =>
        string.Join(", ", references.Select(reference => $"{reference.Key} {reference.Value}"));
}
