using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AllTx.Domain.Tests.Support;

/// <summary>
/// Runs NLM's UCUM reference implementation (npm @lhncbc/ucum-lhc, pinned by tests/UcumReference/package-lock.json) on
/// codes and conversion factors. Fails, never skips, when node or the npm packages are missing.
/// </summary>
internal static class UcumLhc
{
    public const string InstallCommand = "eng/install-test-prerequisites.sh (runs 'npm ci' in tests/UcumReference)";

    /// <summary>The codes ucum-lhc does not accept as written, and the conversions whose factor differs from ucum-lhc's (in words).</summary>
    public static (string Version, List<string> InvalidCodes, List<string> Problems) Check(IEnumerable<string> codes, IEnumerable<(string From, string To, decimal Factor)> conversions)
    {
        string folder = Path.Combine(RepositoryRoot(), "tests", "UcumReference");
        Assert.True(
            Directory.Exists(Path.Combine(folder, "node_modules", "@lhncbc", "ucum-lhc")),
            $"NLM's ucum-lhc is not installed in {folder}/node_modules; run {InstallCommand}.");
        JsonObject request = new()
        {
            ["codes"] = new JsonArray(codes.Distinct(StringComparer.Ordinal).Select(code => (JsonNode)code).ToArray()),
            ["conversions"] = new JsonArray(conversions.Select(c => (JsonNode)new JsonObject { ["from"] = c.From, ["to"] = c.To, ["factor"] = (double)c.Factor }).ToArray()),
        };
        ProcessStartInfo start = new("node", "validate.js")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; install Node.js and run " + InstallCommand);
        node.StandardInput.Write(request.ToJsonString());
        node.StandardInput.Close();
        string output = node.StandardOutput.ReadToEnd();
        string errors = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"node validate.js failed ({node.ExitCode}): {errors}");
        JsonNode result = JsonNode.Parse(output)!;
        return (
            result["version"]!.GetValue<string>(),
            result["invalid"]!.AsArray().Select(entry => entry!["code"]!.GetValue<string>()).ToList(),
            result["invalid"]!.AsArray().Concat(result["mismatches"]!.AsArray()).Select(entry => entry!.ToJsonString()).ToList());
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DomainSdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("DomainSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
