namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>Runs a console consumer that built successfully (see <see cref="ConsumerProject.AsExecutable"/>) and returns what it printed.</summary>
public static class ConsumerExecutable
{
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Runs the consumer's built assembly with the same <c>dotnet</c> host; fails the test when it does not exit with 0.</summary>
    public static async Task<string> RunAsync(ConsumerBuildResult build)
    {
        build.ShouldSucceedWithoutWarnings();
        string assembly = Path.Combine("bin", "Debug", "net10.0", ConsumerProject.ProjectName + ".dll");
        ProcessOutcome run = await DotnetCli.RunAsync(build.Outcome.WorkingDirectory, [assembly], s_runTimeout);
        if (!run.Succeeded)
            Assert.Fail($"expected the consumer app to run and exit with 0.{Environment.NewLine}{run.Describe()}");
        return run.Output;
    }
}
