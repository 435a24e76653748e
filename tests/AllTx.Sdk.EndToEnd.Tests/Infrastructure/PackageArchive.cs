using System.IO.Compression;
using System.Xml.Linq;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>Read-only view of a .nupkg: its file entries (without NuGet's own packaging parts) and its nuspec.</summary>
public sealed class PackageArchive : IDisposable
{
    private static readonly string[] s_packagingParts = ["_rels/", "package/", "[Content_Types].xml"];

    private readonly ZipArchive _zip;

    public PackageArchive(string path)
    {
        _zip = ZipFile.OpenRead(path);
        Files = _zip.Entries
            .Select(entry => entry.FullName)
            .Where(name => !s_packagingParts.Any(part => name.StartsWith(part, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

        string nuspec = Files.Single(name => !name.Contains('/') && name.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = _zip.GetEntry(nuspec)!.Open();
        Metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
    }

    /// <summary>Paths of the package's files, '/'-separated, sorted.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The nuspec's &lt;metadata&gt; element.</summary>
    public XElement Metadata { get; }

    public IReadOnlyList<string> FilesUnder(string folder) =>
        Files.Where(name => name.StartsWith(folder + "/", StringComparison.Ordinal)).ToList();

    /// <summary>The text of a nuspec metadata element by local name, or null when absent.</summary>
    public string? MetadataValue(string name) =>
        Metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

    public XElement? MetadataElement(string name) =>
        Metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name);

    public byte[] ReadFile(string path)
    {
        ZipArchiveEntry entry = _zip.GetEntry(path)
            ?? throw new FileNotFoundException($"The package has no file '{path}'. It holds: {string.Join(", ", Files)}");
        using Stream stream = entry.Open();
        using MemoryStream copy = new();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Metadata of a packed assembly, read without loading it.</summary>
    public AssemblyMetadata ReadAssembly(string path) => AssemblyMetadata.Read(ReadFile(path));

    public void Dispose() => _zip.Dispose();
}
