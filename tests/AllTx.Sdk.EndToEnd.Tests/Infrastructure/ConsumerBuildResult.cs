using System.Text;
using System.Text.RegularExpressions;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>What <c>dotnet build</c> of a consumer produced, with assertions that print the whole build when they fail.</summary>
public sealed partial class ConsumerBuildResult
{
    private const string AnalyzerReportMarker = "Total analyzer execution time:";
    private const string GeneratorReportMarker = "Total generator execution time:";
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromMinutes(1);

    private readonly PackedSdk _sdk;

    internal ConsumerBuildResult(ProcessOutcome outcome, string detailedLog, PackedSdk sdk)
    {
        _sdk = sdk;
        Outcome = outcome;
        DetailedLog = detailedLog;
        Diagnostics = BuildDiagnostic.ParseAll(outcome.Output);
        AnalyzerArguments = CompilerArguments("analyzer");
        ReferenceArguments = CompilerArguments("reference");
        ReportedAnalyzerAssemblies = ParseAnalyzerReport();
    }

    /// <summary>The build command and its console output (normal verbosity).</summary>
    public ProcessOutcome Outcome { get; }

    /// <summary>The detailed MSBuild log: the compiler command line and the ReportAnalyzer section.</summary>
    public string DetailedLog { get; }

    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

    public IEnumerable<BuildDiagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.IsError);

    public IEnumerable<BuildDiagnostic> Warnings => Diagnostics.Where(diagnostic => diagnostic.IsWarning);

    /// <summary>Paths passed to the C# compiler as <c>/analyzer:</c>.</summary>
    public IReadOnlyList<string> AnalyzerArguments { get; }

    /// <summary>Paths passed to the C# compiler as <c>/reference:</c>.</summary>
    public IReadOnlyList<string> ReferenceArguments { get; }

    /// <summary>Simple names of the assemblies whose analyzers or generators ran, from the compiler's ReportAnalyzer tables.</summary>
    public IReadOnlySet<string> ReportedAnalyzerAssemblies { get; }

    public bool HasAnalyzerReport =>
        DetailedLog.Contains(AnalyzerReportMarker, StringComparison.Ordinal)
        || DetailedLog.Contains(GeneratorReportMarker, StringComparison.Ordinal);

    /// <summary>The folder the package was restored to: the one this run packed, never a cached one.</summary>
    public string RestoredPackageFolder =>
        Path.Combine(_sdk.PackagesFolder, PackedSdk.PackageId.ToLowerInvariant(), _sdk.Version.ToLowerInvariant());

    public void ShouldSucceedWithoutWarnings()
    {
        if (!Outcome.Succeeded || Diagnostics.Count > 0)
            Fail("expected the build to succeed with no warning and no error");
    }

    /// <summary>The build succeeds and its warnings carry exactly these ids (each at least once).</summary>
    public void ShouldSucceedWithWarnings(params string[] ids)
    {
        if (!Outcome.Succeeded || Errors.Any() || !SameIds(Warnings, ids))
            Fail($"expected the build to succeed with warnings {string.Join(", ", ids)} and nothing else");
    }

    /// <summary>The build fails and its errors carry exactly these ids (each at least once).</summary>
    public void ShouldFailWith(params string[] ids)
    {
        if (Outcome.TimedOut || Outcome.ExitCode == 0 || !SameIds(Errors, ids))
            Fail($"expected the build to fail with errors {string.Join(", ", ids)} and no other error");
    }

    /// <summary>None of these ids appears anywhere in the build output, whatever its severity.</summary>
    public void ShouldNotMention(params string[] ids)
    {
        string[] mentioned = ids.Where(id => MentionsWord(Outcome.Output, id) || MentionsWord(DetailedLog, id)).ToArray();
        if (mentioned.Length > 0)
            Fail($"expected no mention of {string.Join(", ", ids)}, found {string.Join(", ", mentioned)}");
    }

    /// <summary>
    /// The assembly the build wrote, from MSBuild's <c>Consumer -&gt; /…/bin/Debug/net10.0/Consumer.dll</c> line; null
    /// when the build did not get that far.
    /// </summary>
    public string? OutputAssembly =>
        OutputAssemblyLine().Match(Outcome.Output) is { Success: true } match ? match.Groups["path"].Value : null;

    /// <summary>
    /// Runs the app the build produced (<c>dotnet Consumer.dll</c>, for a consumer made with
    /// <see cref="ConsumerProject.AsExecutable"/>) and returns how it ended and what it printed. Fails the test, with the
    /// whole build, when the build did not succeed.
    /// </summary>
    public async Task<ProcessOutcome> RunAsync(params string[] arguments)
    {
        string? assembly = OutputAssembly;
        if (!Outcome.Succeeded || assembly is null || !File.Exists(assembly))
            Fail("expected a successful build that wrote the consumer's assembly, to run it");

        return await DotnetCli.RunAsync(Outcome.WorkingDirectory, [assembly!, .. arguments], s_runTimeout);
    }

    /// <summary>Stops the test with <paramref name="expectation"/> and everything the build printed.</summary>
    public void Fail(string expectation) => Assert.Fail($"{expectation}.{Environment.NewLine}{Describe()}");

    public string Describe()
    {
        StringBuilder report = new();
        report.AppendLine($"Errors ({Errors.Count()}):");
        foreach (BuildDiagnostic error in Errors)
            report.AppendLine($"  {error}");
        report.AppendLine($"Warnings ({Warnings.Count()}):");
        foreach (BuildDiagnostic warning in Warnings)
            report.AppendLine($"  {warning}");
        report.AppendLine($"Analyzer assemblies passed to the compiler: {string.Join(", ", AnalyzerArguments.Select(Path.GetFileName))}");
        report.AppendLine(HasAnalyzerReport
            ? $"Assemblies in the ReportAnalyzer tables: {string.Join(", ", ReportedAnalyzerAssemblies.Order())}"
            : "No ReportAnalyzer section in the detailed log (did the compiler run?).");
        report.AppendLine(
            $"Detailed log: {Path.Combine(Outcome.WorkingDirectory, "build.detailed.log")} " +
            $"(kept after the run when {PackedSdk.KeepTemporaryFolderVariable}=1)");
        report.Append(Outcome.Describe());
        return report.ToString();
    }

    private static bool SameIds(IEnumerable<BuildDiagnostic> diagnostics, string[] ids) =>
        diagnostics.Select(diagnostic => diagnostic.Id).ToHashSet(StringComparer.Ordinal).SetEquals(ids);

    private static bool MentionsWord(string text, string word) =>
        Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.CultureInvariant);

    private IReadOnlyList<string> CompilerArguments(string option) =>
        Regex.Matches(DetailedLog, $@"(?<=\s)/{option}:(?:""(?<path>[^""]+)""|(?<path>\S+))")
            .Select(match => match.Groups["path"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    // After "Total analyzer execution time" / "Total generator execution time", the compiler prints one row per assembly
    // ("   0.012   2   AllTx.Analyzers, Version=…, Culture=…") followed by indented rows per analyzer type.
    private IReadOnlySet<string> ParseAnalyzerReport()
    {
        int start = DetailedLog.IndexOf(AnalyzerReportMarker, StringComparison.Ordinal);
        if (start < 0)
            start = DetailedLog.IndexOf(GeneratorReportMarker, StringComparison.Ordinal);
        if (start < 0)
            return new HashSet<string>();

        return ReportAssemblyRow().Matches(DetailedLog[start..])
            .Select(match => match.Groups["assembly"].Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    // "  Consumer -> /tmp/…/bin/Debug/net10.0/Consumer.dll", possibly after a node id "12>".
    [GeneratedRegex($@"^\s*(?:\d+(?::\d+)?>)?\s*{ConsumerProject.ProjectName} -> (?<path>\S.*\.dll)\r?$", RegexOptions.Multiline)]
    private static partial Regex OutputAssemblyLine();

    [GeneratedRegex(@"^\s*<?\d+(?:\.\d+)?\s+<?\d+\s+(?<assembly>[^\s,]+), Version=[^,\s]+, Culture=", RegexOptions.Multiline)]
    private static partial Regex ReportAssemblyRow();
}
