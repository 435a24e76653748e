namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The AllTx.Templates package of this checkout, packed once per test class into a fresh temporary folder and installed
/// into a template hive of its own (<c>dotnet new install … --debug:custom-hive</c>), so the user's installed templates
/// are neither used nor changed. Instances are created beside the hive, in a folder that is a build boundary whose only
/// package source is the machine's global packages folder (<see cref="OfflinePackageSources"/>: the web API template's
/// Microsoft.AspNetCore.OpenApi comes from there, restored once by this test project); AllTx.Sdk comes from the
/// <see cref="PackedSdk"/> feed through the template's <c>--sdk-feed</c> option.
/// </summary>
public sealed class InstalledTemplates : IAsyncLifetime
{
    public const string PackageId = "AllTx.Templates";

    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);
    private int _instanceCount;

    public InstalledTemplates()
    {
        RepositoryRoot = Infrastructure.RepositoryRoot.Locate();
        WorkRoot = Path.Combine(Path.GetTempPath(), $"alltx-e2e-templates-{Guid.NewGuid():N}");
    }

    public string RepositoryRoot { get; }

    public string WorkRoot { get; }

    public string HiveDirectory => Path.Combine(WorkRoot, "hive");

    public string PackagePath { get; private set; } = "";

    /// <summary>The pack command and its output.</summary>
    public ProcessOutcome? Pack { get; private set; }

    /// <summary>The install command and its output.</summary>
    public ProcessOutcome? Install { get; private set; }

    /// <summary>
    /// Runs <c>dotnet new <paramref name="shortName"/></c> into a fresh folder, referencing the AllTx.Sdk version that
    /// <paramref name="sdk"/> packed from its feed.
    /// </summary>
    public async Task<TemplateInstance> CreateAsync(string shortName, string projectName, PackedSdk sdk)
    {
        string directory = Path.Combine(WorkRoot, "instances", $"{shortName}-{Interlocked.Increment(ref _instanceCount):D2}", projectName);
        ProcessOutcome created = await DotnetCli.RunAsync(
            WorkRoot,
            [
                "new", shortName, "--name", projectName, "--output", directory,
                "--sdk-version", sdk.Version, "--sdk-feed", sdk.FeedDirectory,
                "--debug:custom-hive", HiveDirectory,
            ],
            s_timeout);
        if (!created.Succeeded || !File.Exists(Path.Combine(directory, projectName + ".csproj")))
            throw new InvalidOperationException($"`dotnet new {shortName}` did not create {projectName}.csproj.{Environment.NewLine}{created.Describe()}");
        return new TemplateInstance(sdk, directory, projectName, created);
    }

    public async Task InitializeAsync()
    {
        string feed = Path.Combine(WorkRoot, "feed");
        Directory.CreateDirectory(feed);
        PackedSdk.WriteBuildBoundary(WorkRoot, RepositoryRoot);
        string globalPackages = await OfflinePackageSources.LocateGlobalPackagesFolderAsync(RepositoryRoot);
        OfflinePackageSources.WriteNuGetConfig(WorkRoot, ("machine-global-packages", globalPackages));

        Pack = await DotnetCli.RunAsync(
            RepositoryRoot,
            [
                "pack", Path.Combine(RepositoryRoot, "samples", "templates", $"{PackageId}.csproj"), "-c", "Release", "-o", feed,
                "--artifacts-path", Path.Combine(WorkRoot, "artifacts"), "-v:m",
                .. OfflinePackageSources.RepositoryRestoreArguments(globalPackages), .. DotnetCli.NoServerArguments,
            ],
            s_timeout);
        string[] packages = Directory.GetFiles(feed, "*.nupkg");
        if (!Pack.Succeeded || packages.Length != 1)
            throw new InvalidOperationException($"Packing {PackageId} did not produce exactly one package.{Environment.NewLine}{Pack.Describe()}");
        PackagePath = packages[0];

        Install = await DotnetCli.RunAsync(WorkRoot, ["new", "install", PackagePath, "--debug:custom-hive", HiveDirectory], s_timeout);
        if (!Install.Succeeded)
            throw new InvalidOperationException($"Installing {PackagePath} into {HiveDirectory} failed.{Environment.NewLine}{Install.Describe()}");
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable(PackedSdk.KeepTemporaryFolderVariable) != "1" && Directory.Exists(WorkRoot))
            Directory.Delete(WorkRoot, recursive: true);
        return Task.CompletedTask;
    }
}
