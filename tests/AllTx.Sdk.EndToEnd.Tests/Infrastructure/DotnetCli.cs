using System.Diagnostics;
using System.Text;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process: no telemetry, no banner, English messages, no stdin, no MSBuild node or
/// compiler server left running afterwards, and killed (with its whole process tree) when it outlives its timeout.
/// </summary>
public static class DotnetCli
{
    /// <summary>Arguments every child build takes so that no build server survives it.</summary>
    public static IReadOnlyList<string> NoServerArguments { get; } =
        ["-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off"];

    private static readonly IReadOnlyDictionary<string, string> s_quietEnvironment = new Dictionary<string, string>
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["DOTNET_CLI_UI_LANGUAGE"] = "en",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["MSBUILDTERMINALLOGGER"] = "off",
    };

    public static async Task<ProcessOutcome> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        ProcessStartInfo start = StartInfo(workingDirectory, arguments, environment);
        string commandLine = CommandLine(start);
        StringBuilder output = new();
        Stopwatch clock = Stopwatch.StartNew();

        using Process process = Start(start, output);

        bool timedOut = false;
        using (CancellationTokenSource deadline = new(timeout))
        {
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
            }
        }

        process.WaitForExit();
        clock.Stop();

        string printed;
        lock (output)
            printed = output.ToString();
        return new ProcessOutcome(commandLine, workingDirectory, process.ExitCode, timedOut, timeout, clock.Elapsed, printed);
    }

    /// <summary>
    /// How every child <c>dotnet</c> is started: redirected output, no stdin, the isolated quiet environment plus
    /// <paramref name="environment"/>. <see cref="RunningDotnet"/> starts long-running apps the same way.
    /// </summary>
    public static ProcessStartInfo StartInfo(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        ProcessStartInfo start = new(DotnetExecutable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        Isolate(start.Environment, environment);
        return start;
    }

    public static string CommandLine(ProcessStartInfo start) =>
        $"{start.FileName} {string.Join(' ', start.ArgumentList.Select(Quote))}";

    /// <summary>Starts the process with stdin closed; every line it prints (stdout and stderr) is appended to <paramref name="output"/>.</summary>
    public static Process Start(ProcessStartInfo start, StringBuilder output)
    {
        Process process = new() { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // The tests themselves may run inside `dotnet test`, whose MSBuild hands its own settings down through the
    // environment; a child build must see a plain machine instead, plus the quiet settings and the caller's overrides.
    private static void Isolate(IDictionary<string, string?> childEnvironment, IReadOnlyDictionary<string, string>? overrides)
    {
        foreach (string inherited in childEnvironment.Keys.ToList())
        {
            if (inherited.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || inherited.StartsWith("_MSBUILD", StringComparison.OrdinalIgnoreCase)
                || inherited.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                childEnvironment.Remove(inherited);
            }
        }

        foreach ((string name, string value) in s_quietEnvironment)
            childEnvironment[name] = value;
        foreach ((string name, string value) in overrides ?? new Dictionary<string, string>())
            childEnvironment[name] = value;
    }

    // The same dotnet that runs the tests when `dotnet test` says which one that is; otherwise the one on PATH.
    private static string DotnetExecutable()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return host is not null && File.Exists(host) ? host : "dotnet";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(char.IsWhiteSpace) ? argument : $"\"{argument}\"";
}
