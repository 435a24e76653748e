using System.Text.RegularExpressions;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>One warning or error as MSBuild prints it, e.g.
/// <c>/tmp/…/Dosing.cs(12,9): error ATX1001: … [/tmp/…/Consumer.csproj]</c>.</summary>
public sealed partial record BuildDiagnostic(string Severity, string Id, string Origin, int? Line, int? Column, string Message)
{
    public bool IsError => Severity == "error";

    public bool IsWarning => Severity == "warning";

    /// <summary>The distinct warnings and errors of a build output (MSBuild repeats them in its closing summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> ParseAll(string output) =>
        output.Split('\n')
            .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(FromMatch)
            .Distinct()
            .ToList();

    public override string ToString() =>
        $"{Origin}{(Line is null ? "" : $"({Line},{Column})")}: {Severity} {Id}: {Message}";

    private static BuildDiagnostic FromMatch(Match match) => new(
        match.Groups["severity"].Value,
        match.Groups["id"].Value,
        match.Groups["origin"].Value.Trim(),
        match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : null,
        match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : null,
        match.Groups["message"].Value.Trim());

    // origin[(line,column[,endLine,endColumn])]: warning|error ID: message [project]; MSBuild may prefix a node id "12>".
    [GeneratedRegex(
        @"^\s*(?:\d+(?::\d+)?>)?(?<origin>.*?)(?:\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\))?\s*:\s+(?<severity>warning|error)\s*(?<id>[A-Za-z]+\d+)?\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?$")]
    private static partial Regex DiagnosticLine();
}
