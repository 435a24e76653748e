using System.Collections;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;

namespace AllTx.Domain.Tests.Provenance;

/// <summary>
/// What ships cites only sources a reader can look up: no shipped XML doc, assembly string or source text cites a
/// document that does not ship (the team's domain brief, the seed articles), every <see cref="SourceReference"/>
/// catalogue entry names a public lookup key or says it is the team's own choice, every cref to a source resolves to a
/// catalogue entry, and every source the domain hands out is one of them.
/// </summary>
public class ShippedProvenanceTests
{
    private static readonly Regex UnshippedCitation = new(
        @"DOMAIN\.md|\bseeds?\s*0\d\d\b|\bthe seed's\b|\bdomain brief\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex LabelRevision = new(
        @"prescribing information.*(Revised \d{1,2}/\d{4}|DailyMed setid [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|major changes dated \d{1,2}/\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex JournalVolumePages = new(@"\b(19|20)\d{2};\d+(\(\d+\))?:\d+", RegexOptions.CultureInvariant);

    private static readonly Regex BookChapterPages = new(@"\bIn: .+; (19|20)\d{2}:\d+", RegexOptions.CultureInvariant);

    private static readonly Regex SourceCref = new(@"cref=""[A-Z]:AllTx\.Domain\.SourceReference\.(?<member>[A-Za-z0-9_]+)""", RegexOptions.CultureInvariant);

    public static TheoryData<string> ShippedDocFiles => new() { "AllTx.Domain.xml", "AllTx.Primitives.xml" };

    [Theory]
    [MemberData(nameof(ShippedDocFiles))]
    public void Shipped_xml_docs_cite_no_unshipped_document(string fileName)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, fileName));

        Assert.Empty(Offending(text));
    }

    [Theory]
    [MemberData(nameof(ShippedDocFiles))]
    public void Shipped_xml_docs_have_no_unresolved_cref(string fileName)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, fileName));

        Assert.DoesNotContain("cref=\"!:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_assembly_strings_cite_no_unshipped_document()
    {
        List<string> assemblies = ShippedAssemblies().ToList();
        Assert.Contains(assemblies, path => Path.GetFileName(path) == "AllTx.Analyzers.dll");

        var offending = new List<string>();
        foreach (string path in assemblies)
        {
            offending.AddRange(UserStrings(path).SelectMany(Offending).Select(hit => Path.GetFileName(path) + " user string: " + hit));
            offending.AddRange(RawText(path).SelectMany(Offending).Select(hit => Path.GetFileName(path) + " metadata blob: " + hit));
        }

        Assert.Empty(offending);
    }

    [Fact]
    public void Shipped_sources_and_pages_cite_no_unshipped_document()
    {
        string root = RepositoryRoot();
        var offending = new List<string>();
        foreach (string path in ShippedTextFiles(root))
        {
            string[] lines = File.ReadAllLines(path);
            for (int index = 0; index < lines.Length; index++)
            {
                if (UnshippedCitation.IsMatch(lines[index]))
                {
                    offending.Add(Path.GetRelativePath(root, path) + ":" + (index + 1) + ": " + lines[index].Trim());
                }
            }
        }

        Assert.Empty(offending);
    }

    [Fact]
    public void Every_catalogue_entry_names_a_public_lookup_key_or_is_the_teams_choice()
    {
        IReadOnlyDictionary<string, SourceReference> catalogue = Catalogue();
        Assert.True(catalogue.Count >= 20, "the catalogue holds " + catalogue.Count + " entries");

        string[] withoutKey = catalogue
            .Where(entry => LookupKey(entry.Value) is null)
            .Select(entry => entry.Key + ": " + entry.Value.Citation)
            .ToArray();

        Assert.Empty(withoutKey);
    }

    [Fact]
    public void Every_cref_to_a_source_in_the_shipped_docs_is_a_catalogue_entry_or_a_member_of_the_type()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "AllTx.Domain.xml"));
        HashSet<string> known = typeof(SourceReference).GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(member => member.Name)
            .ToHashSet(StringComparer.Ordinal);
        IReadOnlyDictionary<string, SourceReference> catalogue = Catalogue();

        string[] crefs = SourceCref.Matches(text).Select(match => match.Groups["member"].Value).ToArray();
        string[] propertyCrefs = Regex.Matches(text, @"cref=""P:AllTx\.Domain\.SourceReference\.(?<member>[A-Za-z0-9_]+)""")
            .Select(match => match.Groups["member"].Value)
            .ToArray();

        Assert.True(crefs.Length >= 100, "only " + crefs.Length + " crefs to SourceReference in the XML docs");
        Assert.DoesNotContain(crefs, member => !known.Contains(member));
        Assert.Empty(propertyCrefs.Where(member => !catalogue.ContainsKey(member) && !IsInstanceProperty(member)).Distinct());
    }

    [Fact]
    public void Every_source_the_domain_hands_out_is_a_catalogue_entry()
    {
        HashSet<string> citations = Catalogue().Values.Select(source => source.Citation).ToHashSet(StringComparer.Ordinal);
        var handedOut = new List<(string Where, SourceReference Source)>();
        foreach (Type type in typeof(SourceReference).Assembly.GetExportedTypes().Where(type => !type.ContainsGenericParameters && type != typeof(SourceReference)))
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(property => property.GetIndexParameters().Length == 0))
            {
                object? value = property.GetValue(null);
                foreach (SourceReference source in SourcesIn(value))
                {
                    handedOut.Add((type.Name + "." + property.Name, source));
                }
            }
        }

        Assert.True(handedOut.Count >= 30, "only " + handedOut.Count + " sources handed out");
        Assert.Empty(handedOut.Where(item => !citations.Contains(item.Source.Citation)).Select(item => item.Where + ": " + item.Source.Citation));
    }

    private static IReadOnlyDictionary<string, SourceReference> Catalogue() =>
        typeof(SourceReference).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(SourceReference))
            .ToDictionary(property => property.Name, property => (SourceReference)property.GetValue(null)!, StringComparer.Ordinal);

    private static bool IsInstanceProperty(string member) =>
        typeof(SourceReference).GetProperty(member, BindingFlags.Public | BindingFlags.Instance) is not null;

    private static string? LookupKey(SourceReference source) =>
        source.IsTeamChoice ? "the team's own choice"
        : source.Doi is not null ? "DOI"
        : source.Pmid is not null ? "PMID"
        : source.ClinicalTrialsGovId is not null ? "ClinicalTrials.gov id"
        : LabelRevision.IsMatch(source.Citation) ? "product label with its revision"
        : JournalVolumePages.IsMatch(source.Citation) ? "journal, year, volume and pages"
        : BookChapterPages.IsMatch(source.Citation) ? "book chapter with publisher, year and pages"
        : source.Citation.Contains("https://", StringComparison.Ordinal) ? "public web address"
        : null;

    private static IEnumerable<SourceReference> SourcesIn(object? value)
    {
        if (value is null || value is string)
        {
            yield break;
        }

        if (value is SourceReference source)
        {
            yield return source;
            yield break;
        }

        IEnumerable items = value is IEnumerable enumerable ? enumerable : new[] { value };
        foreach (object? item in items)
        {
            if (item is SourceReference itemSource)
            {
                yield return itemSource;
                continue;
            }

            if (item is null)
            {
                continue;
            }

            foreach (PropertyInfo property in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.PropertyType == typeof(SourceReference) && property.GetIndexParameters().Length == 0))
            {
                if (property.GetValue(item) is SourceReference nested)
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<string> Offending(string text) =>
        UnshippedCitation.Matches(text).Select(match => Excerpt(text, match.Index));

    private static string Excerpt(string text, int index)
    {
        int start = Math.Max(0, index - 60);
        int length = Math.Min(text.Length - start, 140);
        return text.Substring(start, length).ReplaceLineEndings(" ");
    }

    private static IEnumerable<string> UserStrings(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        MetadataReader reader = pe.GetMetadataReader();
        var handle = MetadataTokens.UserStringHandle(1);
        var strings = new List<string>();
        while (!handle.IsNil)
        {
            strings.Add(reader.GetUserString(handle));
            handle = reader.GetNextHandle(handle);
        }

        return strings;
    }

    // Attribute arguments are UTF-8 blobs and string constants UTF-16 blobs: neither is a user string, so the raw file is
    // read in both encodings (and at both UTF-16 alignments) to catch them too.
    private static IEnumerable<string> RawText(string assemblyPath)
    {
        byte[] bytes = File.ReadAllBytes(assemblyPath);
        yield return Encoding.Latin1.GetString(bytes);
        yield return Encoding.Unicode.GetString(bytes);
        yield return Encoding.Unicode.GetString(bytes, 1, bytes.Length - 1);
    }

    private static IEnumerable<string> ShippedAssemblies()
    {
        yield return typeof(SourceReference).Assembly.Location;
        yield return Path.Combine(AppContext.BaseDirectory, "AllTx.Primitives.dll");
        string root = RepositoryRoot();
        foreach (string folder in new[] { "analyzers", "generators" })
        {
            foreach (IGrouping<string, string> builds in Directory.EnumerateFiles(Path.Combine(root, folder), "AllTx.*.dll", SearchOption.AllDirectories)
                .Where(path => path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .GroupBy(path => Path.GetFileName(path), StringComparer.Ordinal))
            {
                yield return builds.OrderByDescending(File.GetLastWriteTimeUtc).First();
            }
        }
    }

    private static IEnumerable<string> ShippedTextFiles(string root)
    {
        string[] extensions = [".cs", ".md", ".json", ".csproj", ".props", ".targets", ".nuspec", ".txt"];
        foreach (string folder in new[] { "src", "analyzers", "generators", "samples", "docs" })
        {
            foreach (string path in Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (!relative.Contains("/bin/", StringComparison.Ordinal) && !relative.Contains("/obj/", StringComparison.Ordinal)
                    && extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
                {
                    yield return path;
                }
            }
        }

        yield return Path.Combine(root, "README.md");
    }

    private static string RepositoryRoot()
    {
        DirectoryInfo? directory = new(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DomainSdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DomainSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
