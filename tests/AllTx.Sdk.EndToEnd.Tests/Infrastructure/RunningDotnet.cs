using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A built web app started with <c>dotnet App.dll --urls http://127.0.0.1:PORT</c> on a free loopback port, isolated like
/// every child <c>dotnet</c>. Disposing it kills its whole process tree and waits for it to be gone, whatever the test did.
/// </summary>
public sealed class RunningDotnet : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _output;
    private bool _stopped;

    private RunningDotnet(Process process, StringBuilder output, string commandLine, Uri baseAddress)
    {
        _process = process;
        _output = output;
        CommandLine = commandLine;
        BaseAddress = baseAddress;
    }

    public string CommandLine { get; }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseAddress { get; }

    /// <summary>True once the app's process has ended (after <see cref="DisposeAsync"/> it always has).</summary>
    public bool HasExited => _stopped || _process.HasExited;

    /// <summary>Everything the app printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>
    /// Starts <paramref name="assemblyPath"/> and waits until <paramref name="readinessPath"/> answers 200, the app exits
    /// or <see cref="s_startTimeout"/> passes (the last two fail with the app's output).
    /// </summary>
    public static async Task<RunningDotnet> StartWebAppAsync(string assemblyPath, string readinessPath)
    {
        Uri baseAddress = new($"http://127.0.0.1:{FreeLoopbackPort()}/");
        ProcessStartInfo start = DotnetCli.StartInfo(
            Path.GetDirectoryName(assemblyPath)!,
            [assemblyPath, "--urls", baseAddress.ToString().TrimEnd('/')],
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        StringBuilder output = new();
        RunningDotnet app = new(DotnetCli.Start(start, output), output, DotnetCli.CommandLine(start), baseAddress);
        try
        {
            await app.WaitUntilReadyAsync(readinessPath);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public string Describe() => $"> {CommandLine}{Environment.NewLine}----- output -----{Environment.NewLine}{Output.TrimEnd()}{Environment.NewLine}----- end of output -----";

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
            return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using CancellationTokenSource deadline = new(s_stopTimeout);
            await _process.WaitForExitAsync(deadline.Token);
        }

        _stopped = _process.HasExited;
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(string readinessPath)
    {
        using HttpClient client = new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        Stopwatch clock = Stopwatch.StartNew();
        while (clock.Elapsed < s_startTimeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before it answered.{Environment.NewLine}{Describe()}");
            try
            {
                using HttpResponseMessage response = await client.GetAsync(readinessPath);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"The app did not answer GET {readinessPath} with 200 within {s_startTimeout.TotalSeconds:0} s.{Environment.NewLine}{Describe()}");
    }

    // The OS picks a free port for a listener on port 0; the listener is closed again and the app takes the port over.
    private static int FreeLoopbackPort()
    {
        TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
