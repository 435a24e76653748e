using System.Text;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>How one child <c>dotnet</c> process ended, with everything it printed (standard output and error, interleaved).</summary>
public sealed record ProcessOutcome(
    string CommandLine,
    string WorkingDirectory,
    int ExitCode,
    bool TimedOut,
    TimeSpan Timeout,
    TimeSpan Duration,
    string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>A report for assertion messages: the command, how it ended, and its whole output.</summary>
    public string Describe()
    {
        StringBuilder report = new();
        report.AppendLine($"> {CommandLine}");
        report.AppendLine($"  in {WorkingDirectory}");
        report.AppendLine(TimedOut
            ? $"  KILLED after the {Timeout.TotalSeconds:0} s timeout"
            : $"  exit code {ExitCode} after {Duration.TotalSeconds:0.0} s");
        report.AppendLine("----- output -----");
        report.AppendLine(Output.TrimEnd());
        report.AppendLine("----- end of output -----");
        return report.ToString();
    }
}
