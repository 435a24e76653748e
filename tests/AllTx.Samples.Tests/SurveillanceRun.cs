using System.Text.Json;
using AllTx.Samples.Surveillance;

namespace AllTx.Samples.Tests;

/// <summary>One in-process run of the surveillance sample: exit code, report and error stream.</summary>
internal sealed record SurveillanceRun(int ExitCode, string Output, string Error)
{
    public static SurveillanceRun Of(params string[] args)
    {
        using StringWriter output = new();
        using StringWriter error = new();
        int exitCode = SurveillanceApp.Run(args, output, error);
        return new SurveillanceRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The report of a successful <c>--format json</c> run.</summary>
    public JsonElement Report()
    {
        Assert.True(ExitCode == SurveillanceApp.Success, $"exit code {ExitCode}: {Error}");
        return JsonDocument.Parse(Output).RootElement.Clone();
    }
}

/// <summary>A cohort file written for one test and deleted afterwards.</summary>
internal sealed class CohortFile : IDisposable
{
    public CohortFile(string content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"alltx-cohort-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);

    /// <summary>A valid patient entry: allo-HSCT on 2025-01-15, one MRD result per element of <paramref name="mrdResults"/>.</summary>
    public static string Patient(string id, params string[] mrdResults) => $$"""
        {
          "patient": { "id": "{{id}}", "sex": "Male", "ageBand": "Adult", "measurements": { "weight": 72, "height": 178 } },
          "course": { "therapy": "AllogeneicHsct", "day0": "2025-01-15", "inRemissionBefore": true },
          "mrdResults": [ {{string.Join(", ", mrdResults)}} ]
        }
        """;

    public static string NegativeMrd(string sampleDate) =>
        $$"""{ "method": "NextGenerationSequencingIgTr", "specimen": "BoneMarrow", "sampleDate": "{{sampleDate}}", "outcome": { "kind": "negative", "sensitivity": 0.000001 } }""";

    public static string Cohort(IEnumerable<string> patients) =>
        $$"""{ "cohort": "test cohort", "asOf": "2025-10-01", "patients": [ {{string.Join(",\n", patients)}} ] }""";
}
