namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>A project created by <c>dotnet new</c> from an AllTx template, built and run as its team would.</summary>
public sealed class TemplateInstance
{
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromMinutes(2);

    private readonly PackedSdk _sdk;

    internal TemplateInstance(PackedSdk sdk, string directory, string projectName, ProcessOutcome creation)
    {
        _sdk = sdk;
        Folder = directory;
        ProjectName = projectName;
        Creation = creation;
    }

    public string Folder { get; }

    public string ProjectName { get; }

    /// <summary>The <c>dotnet new</c> command and its output.</summary>
    public ProcessOutcome Creation { get; }

    /// <summary>The assembly <see cref="BuildAsync"/> produces (Debug, net10.0).</summary>
    public string AssemblyPath => Path.Combine(Folder, "bin", "Debug", "net10.0", ProjectName + ".dll");

    public string ReadFile(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    /// <summary>Adds or replaces a file of the project, e.g. a line a team should not write.</summary>
    public TemplateInstance WithFile(string relativePath, string content)
    {
        File.WriteAllText(Path.Combine(Folder, relativePath), content);
        return this;
    }

    /// <summary><c>dotnet build</c>, as for a consumer project (isolated package folder, ReportAnalyzer, detailed log).</summary>
    public Task<ConsumerBuildResult> BuildAsync() => ConsumerProject.BuildAsync(_sdk, Folder, ProjectName + ".csproj");

    /// <summary>Runs the built console app and returns what it printed.</summary>
    public Task<ProcessOutcome> RunAsync(params string[] arguments) =>
        DotnetCli.RunAsync(Folder, [AssemblyPath, .. arguments], s_runTimeout);

    /// <summary>Starts the built web app on a free loopback port, ready once <paramref name="readinessPath"/> answers 200.</summary>
    public Task<RunningDotnet> StartWebAppAsync(string readinessPath) => RunningDotnet.StartWebAppAsync(AssemblyPath, readinessPath);
}
