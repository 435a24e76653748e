using System.Xml.Linq;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The package sources of every project the end-to-end tests restore (consumers and template instances): local folders
/// only, so that the tests pass with the network off. Besides a folder that holds the packages packed by the run, the
/// source list holds the machine's global packages folder (a valid v3 folder feed): whatever the solution restored once,
/// e.g. AllTx.Sdk's own package dependencies or the packages a template references, restores from there. Each consumer
/// still restores into a package folder of its own (NUGET_PACKAGES), so nothing it restores is read from a cache.
/// </summary>
public static class OfflinePackageSources
{
    private const string GlobalPackagesPrefix = "global-packages:";
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The global packages folder the repository's own restore uses, as NuGet reports it
    /// (<c>dotnet nuget locals global-packages --list</c> run in the repository: NUGET_PACKAGES, nuget.config, default).
    /// </summary>
    public static async Task<string> LocateGlobalPackagesFolderAsync(string repositoryRoot)
    {
        ProcessOutcome listed = await DotnetCli.RunAsync(repositoryRoot, ["nuget", "locals", "global-packages", "--list"], s_timeout);
        string? line = listed.Output.Split('\n').Select(text => text.Trim()).FirstOrDefault(text => text.StartsWith(GlobalPackagesPrefix, StringComparison.Ordinal));
        if (!listed.Succeeded || line is null)
            throw new InvalidOperationException($"NuGet did not name the global packages folder.{Environment.NewLine}{listed.Describe()}");

        return line[GlobalPackagesPrefix.Length..].Trim();
    }

    /// <summary>
    /// Arguments of a pack of the repository's own projects inside a test, which restores them afresh (its own
    /// --artifacts-path): the only source is <paramref name="globalPackagesFolder"/>, where the solution's restore put
    /// every package they need (a remote feed would be asked for the version lists of dependencies whose exact lower bound
    /// it lacks, NU1603), and no vulnerability audit, whose data comes from nuget.org (offline it warns NU1900, an error
    /// under TreatWarningsAsErrors); the solution's own restore audits the same packages.
    /// </summary>
    public static IReadOnlyList<string> RepositoryRestoreArguments(string globalPackagesFolder) =>
        [$"-p:RestoreSources={globalPackagesFolder}", "-p:NuGetAudit=false"];

    /// <summary>
    /// Writes <c>nuget.config</c> into <paramref name="folder"/>: the machine's sources are cleared, then
    /// <paramref name="localFeeds"/> (key, folder) are added in order, and no fallback folder is used.
    /// </summary>
    public static void WriteNuGetConfig(string folder, params (string Key, string Folder)[] localFeeds)
    {
        XElement packageSources = new("packageSources",
            new XElement("clear"),
            localFeeds.Select(feed => new XElement("add", new XAttribute("key", feed.Key), new XAttribute("value", feed.Folder))));
        new XDocument(new XElement("configuration",
                packageSources,
                new XElement("fallbackPackageFolders", new XElement("clear")),
                new XElement("disabledPackageSources", new XElement("clear"))))
            .Save(Path.Combine(folder, "nuget.config"));
    }
}
