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

    /// <summary>
    /// The machine's global packages folder, a package source of every consumer (see <see cref="OfflinePackageSources"/>);
    /// known once <see cref="InitializeAsync"/> has run.
    /// </summary>
    public string GlobalPackagesFolder { get; private set; } = "";

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
        GlobalPackagesFolder = await OfflinePackageSources.LocateGlobalPackagesFolderAsync(RepositoryRoot);
        WriteConsumerRootFiles();

        string project = Path.Combine(RepositoryRoot, "src", PackageId, $"{PackageId}.csproj");
        Pack = await DotnetCli.RunAsync(
            RepositoryRoot,
            [
                "pack", project, "-c", "Release", "-o", FeedDirectory,
                "--artifacts-path", Path.Combine(WorkRoot, "artifacts"),
                $"-p:VersionSuffix={VersionSuffix}", "-v:m",
                .. OfflinePackageSources.RepositoryRestoreArguments(GlobalPackagesFolder), .. DotnetCli.NoServerArguments,
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
        CopyDependenciesToFeed(packages[0]);
    }

    // The package's dependencies (OneOf) come from the feed too, as from a team's feed: copied from the NuGet global
    // packages folder, where the repository's own restore put them.
    private void CopyDependenciesToFeed(string package)
    {
        string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        using PackageArchive archive = new(package);
        foreach (System.Xml.Linq.XElement dependency in archive.Metadata.Descendants().Where(element => element.Name.LocalName == "dependency"))
        {
            string id = ((string?)dependency.Attribute("id") ?? string.Empty).ToLowerInvariant();
            string version = ((string?)dependency.Attribute("version") ?? string.Empty).Trim('[', ']').ToLowerInvariant();
            string source = Path.Combine(globalPackages, id, version, $"{id}.{version}.nupkg");
            if (!File.Exists(source))
            {
                throw new InvalidOperationException($"Dependency {id} {version} of {PackageId} is not in the global packages folder ({source}); restore the repository first.");
            }

            File.Copy(source, Path.Combine(FeedDirectory, Path.GetFileName(source)));
        }
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable(KeepTemporaryFolderVariable) != "1" && Directory.Exists(WorkRoot))
            Directory.Delete(WorkRoot, recursive: true);
        return Task.CompletedTask;
    }

    // Consumers live under WorkRoot. These files make their builds depend on nothing outside it but local folders: NuGet
    // sees only the local feed and the machine's global packages folder (OfflinePackageSources), MSBuild stops looking
    // for Directory.Build.* / Directory.Packages.props here, and the SDK is chosen by the same global.json as the
    // repository's own build.
    private void WriteConsumerRootFiles()
    {
        OfflinePackageSources.WriteNuGetConfig(WorkRoot, ("alltx-e2e-feed", FeedDirectory), ("machine-global-packages", GlobalPackagesFolder));
        WriteBuildBoundary(WorkRoot, RepositoryRoot);
    }

    /// <summary>
    /// Makes <paramref name="folder"/> a build boundary: MSBuild imports no Directory.Build.* or Directory.Packages.props
    /// from above it, restores below it skip NuGet's vulnerability audit (which needs nuget.org), and the SDK is chosen by
    /// the repository's global.json.
    /// </summary>
    internal static void WriteBuildBoundary(string folder, string repositoryRoot)
    {
        const string NoAuditProps =
            "<Project>\n" +
            "  <!-- Stops MSBuild from importing anything above the end-to-end work folder. -->\n" +
            "  <PropertyGroup>\n" +
            "    <!-- NuGet's vulnerability audit downloads its data from nuget.org during restore; offline it warns NU1900,\n" +
            "         which fails a consumer built with TreatWarningsAsErrors. The solution's own restore audits these packages. -->\n" +
            "    <NuGetAudit>false</NuGetAudit>\n" +
            "  </PropertyGroup>\n" +
            "</Project>\n";
        const string StopHere = "<Project>\n  <!-- Stops MSBuild from importing anything above the end-to-end work folder. -->\n</Project>\n";
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), NoAuditProps);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), StopHere);
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), StopHere);
        File.Copy(Path.Combine(repositoryRoot, "global.json"), Path.Combine(folder, "global.json"));
    }
}
