using System.Xml.Linq;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A brand-new project of a team adopting the SDK: net10.0, nullable enabled, implicit usings, and one PackageReference
/// to the packed AllTx.Sdk. Describe it fluently, then build it:
/// <code>
/// ConsumerBuildResult result = await sdk.NewConsumer().WithFile("Dosing.cs", code).BuildAsync();
/// result.ShouldFailWith("ATX1001");
/// </code>
/// </summary>
public sealed class ConsumerProject
{
    public const string ProjectName = "Consumer";

    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(3);

    private readonly PackedSdk _sdk;
    private readonly string _directory;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal)
    {
        ["TargetFramework"] = "net10.0",
        ["OutputType"] = "Library",
        ["Nullable"] = "enable",
        ["ImplicitUsings"] = "enable",
    };

    internal ConsumerProject(PackedSdk sdk, string directory)
    {
        _sdk = sdk;
        _directory = directory;
    }

    /// <summary>Adds (or replaces) a file, path relative to the project folder, e.g. <c>"Program.cs"</c> or <c>".editorconfig"</c>.</summary>
    public ConsumerProject WithFile(string relativePath, string content)
    {
        _files[relativePath] = content;
        return this;
    }

    /// <summary>Sets an MSBuild property of the project, e.g. <c>("TreatWarningsAsErrors", "true")</c>.</summary>
    public ConsumerProject WithProperty(string name, string value)
    {
        _properties[name] = value;
        return this;
    }

    /// <summary>Makes the project a console app (top-level statements in Program.cs are then allowed).</summary>
    public ConsumerProject AsExecutable() => WithProperty("OutputType", "Exe");

    /// <summary>
    /// Restores and builds the project with <c>dotnet build -p:ReportAnalyzer=true</c>: normal verbosity on the console
    /// (kept for assertion messages) and a detailed log file, which holds the compiler's analyzer report.
    /// </summary>
    public async Task<ConsumerBuildResult> BuildAsync()
    {
        WriteProject();
        return await BuildAsync(_sdk, _directory, $"{ProjectName}.csproj");
    }

    /// <summary>
    /// Restores and builds <paramref name="projectFile"/> in <paramref name="directory"/> as a consumer of
    /// <paramref name="sdk"/> (its package folder, ReportAnalyzer on, detailed log file); also used for template instances.
    /// </summary>
    internal static async Task<ConsumerBuildResult> BuildAsync(PackedSdk sdk, string directory, string projectFile)
    {
        string detailedLog = Path.Combine(directory, "build.detailed.log");

        ProcessOutcome outcome = await DotnetCli.RunAsync(
            directory,
            [
                "build", projectFile, "-p:ReportAnalyzer=true", "-v:n",
                $"-flp:LogFile={detailedLog};Verbosity=detailed;Encoding=UTF-8", .. DotnetCli.NoServerArguments,
            ],
            s_buildTimeout,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = sdk.PackagesFolder });

        string detailed = File.Exists(detailedLog) ? await File.ReadAllTextAsync(detailedLog) : "";
        return new ConsumerBuildResult(outcome, detailed, sdk);
    }

    private void WriteProject()
    {
        Directory.CreateDirectory(_directory);
        XElement project = new("Project",
            new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("PropertyGroup", _properties.Select(property => new XElement(property.Key, property.Value))),
            new XElement("ItemGroup",
                new XElement("PackageReference",
                    new XAttribute("Include", PackedSdk.PackageId),
                    new XAttribute("Version", _sdk.Version))));
        new XDocument(project).Save(Path.Combine(_directory, $"{ProjectName}.csproj"));

        foreach ((string relativePath, string content) in _files)
        {
            string path = Path.Combine(_directory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }
    }
}
