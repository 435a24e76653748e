using System.Xml.Linq;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The AllTx.Sdk package of this checkout, packed once per test run into a local feed in a fresh temporary folder.
/// Its version carries a suffix unique to the run, and consumers restore into a package folder of their own, so a
/// package cached by an earlier run is never what gets tested. The pack writes its bin/obj under the temporary folder
/// (--artifacts-path), never into the checkout, so it does not race the other projects `dotnet test` is building.
/// </summary>
public sealed class PackedSdk : IAsyncLifetime
{
    public const string PackageId = "AllTx.Sdk";

    /// <summary>Set to 1 to keep the temporary folder (feed, consumers, logs) after the run for a post-mortem.</summary>
    public const string KeepTemporaryFolderVariable = "ALLTX_E2E_KEEP_TEMP";

    private static readonly TimeSpan s_packTimeout = TimeSpan.FromMinutes(5);
    private int _consumerCount;

    public PackedSdk()
    {
        RepositoryRoot = Infrastructure.RepositoryRoot.Locate();
        VersionSuffix = $"e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.g{Guid.NewGuid():N}";
        WorkRoot = Path.Combine(Path.GetTempPath(), $"alltx-e2e-{Guid.NewGuid():N}");
    }

    public string RepositoryRoot { get; }

    /// <summary>The prerelease label this run appends to the repository's version, e.g. <c>e2e.20260101120000.g0123…</c>.</summary>
    public string VersionSuffix { get; }

    /// <summary>The temporary folder holding the feed, the package folder, the pack's bin/obj and every consumer.</summary>
    public string WorkRoot { get; }

    public string FeedDirectory => Path.Combine(WorkRoot, "feed");

    /// <summary>NUGET_PACKAGES of every consumer of this run.</summary>
    public string PackagesFolder => Path.Combine(WorkRoot, "packages");

    /// <summary>The full package version, known once the pack has run.</summary>
    public string Version { get; private set; } = "";

    public string PackagePath => Path.Combine(FeedDirectory, $"{PackageId}.{Version}.nupkg");

    /// <summary>The pack command and its output, for timings and for diagnosing a broken package.</summary>
    public ProcessOutcome? Pack { get; private set; }

    /// <summary>A fresh consumer project of its own folder, with only a PackageReference to this package.</summary>
    public ConsumerProject NewConsumer() =>
        new(this, Path.Combine(WorkRoot, "consumers", $"consumer-{Interlocked.Increment(ref _consumerCount):D3}"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesFolder);
        WriteConsumerRootFiles();

        string project = Path.Combine(RepositoryRoot, "src", PackageId, $"{PackageId}.csproj");
        Pack = await DotnetCli.RunAsync(
            RepositoryRoot,
            [
                "pack", project, "-c", "Release", "-o", FeedDirectory,
                "--artifacts-path", Path.Combine(WorkRoot, "artifacts"),
                $"-p:VersionSuffix={VersionSuffix}", "-v:m", .. DotnetCli.NoServerArguments,
            ],
            s_packTimeout);

        string[] packages = Directory.GetFiles(FeedDirectory, "*.nupkg");
        if (!Pack.Succeeded || packages.Length != 1)
        {
            throw new InvalidOperationException(
                $"Packing {PackageId} did not produce exactly one package in {FeedDirectory} " +
                $"(found: {string.Join(", ", packages.Select(Path.GetFileName))}).{Environment.NewLine}{Pack.Describe()}");
        }

        string fileName = Path.GetFileNameWithoutExtension(packages[0]);
        Version = fileName[(PackageId.Length + 1)..];
        CopyDependenciesIntoFeed();
    }

    // The package's dependencies (Vogen) are copied from the NuGet packages folder the repository's own restore filled,
    // so the consumers still see only the local feed.
    private void CopyDependenciesIntoFeed()
    {
        using PackageArchive package = new(PackagePath);
        string packagesRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (XElement dependency in package.Metadata.Descendants().Where(element => element.Name.LocalName == "dependency"))
        {
            string id = ((string?)dependency.Attribute("id") ?? "").ToLowerInvariant();
            string version = (string?)dependency.Attribute("version") ?? "";
            string nupkg = Path.Combine(packagesRoot, id, version, $"{id}.{version}.nupkg");
            File.Copy(nupkg, Path.Combine(FeedDirectory, Path.GetFileName(nupkg)));
        }
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable(KeepTemporaryFolderVariable) != "1" && Directory.Exists(WorkRoot))
            Directory.Delete(WorkRoot, recursive: true);
        return Task.CompletedTask;
    }

    // Consumers live under WorkRoot. These files make their builds depend on nothing outside it: NuGet sees only the
    // local feed (the package and its dependencies), MSBuild stops looking for Directory.Build.* / Directory.Packages.props here, and the SDK is chosen by
    // the same global.json as the repository's own build.
    private void WriteConsumerRootFiles()
    {
        XElement packageSources = new("packageSources",
            new XElement("clear"),
            new XElement("add", new XAttribute("key", "alltx-e2e-feed"), new XAttribute("value", FeedDirectory)));
        new XDocument(new XElement("configuration",
                packageSources,
                new XElement("fallbackPackageFolders", new XElement("clear")),
                new XElement("disabledPackageSources", new XElement("clear"))))
            .Save(Path.Combine(WorkRoot, "nuget.config"));

        WriteBuildBoundary(WorkRoot, RepositoryRoot);
    }

    /// <summary>
    /// Makes <paramref name="folder"/> a build boundary: MSBuild imports no Directory.Build.* or Directory.Packages.props
    /// from above it, and the SDK is chosen by the repository's global.json.
    /// </summary>
    internal static void WriteBuildBoundary(string folder, string repositoryRoot)
    {
        const string StopHere = "<Project>\n  <!-- Stops MSBuild from importing anything above the end-to-end work folder. -->\n</Project>\n";
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), StopHere);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), StopHere);
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), StopHere);
        File.Copy(Path.Combine(repositoryRoot, "global.json"), Path.Combine(folder, "global.json"));
    }
}
