using System.Text.Json;
using AllTx.Samples.Surveillance;

namespace AllTx.Samples.Tests;

/// <summary>A team points the sample at its own cohort with <c>--input FILE</c>; input it cannot read stops it with a non-zero exit.</summary>
public sealed class InputFileTests
{
    [Fact]
    public void Missing_file_exits_with_input_unreadable_and_names_the_file()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"no-such-cohort-{Guid.NewGuid():N}.json");

        SurveillanceRun run = SurveillanceRun.Of("--input", missing);

        Assert.Equal(SurveillanceApp.InputUnreadable, run.ExitCode);
        Assert.Contains($"Cannot read the cohort '{missing}'", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void File_that_is_not_json_exits_with_input_unreadable()
    {
        using CohortFile file = new("patient,mrd\nSYN-1,0.01\n");

        SurveillanceRun run = SurveillanceRun.Of("--input", file.Path);

        Assert.Equal(SurveillanceApp.InputUnreadable, run.ExitCode);
        Assert.Contains("it is not valid JSON", run.Error);
    }

    [Fact]
    public void Json_without_a_patients_array_exits_with_input_unreadable()
    {
        using CohortFile file = new("""{ "cohort": "x", "asOf": "2025-10-01", "entries": [] }""");

        SurveillanceRun run = SurveillanceRun.Of("--input", file.Path);

        Assert.Equal(SurveillanceApp.InputUnreadable, run.ExitCode);
        Assert.Contains("no \"patients\" array", run.Error);
    }

    [Fact]
    public void Own_cohort_is_reported_with_its_invalid_record_rejected_and_the_valid_one_kept()
    {
        string invalidLevel = """{ "method": "RqPcrIgTr", "specimen": "BoneMarrow", "sampleDate": "2025-04-20", "outcome": { "kind": "positive", "level": 0 } }""";
        using CohortFile file = new(CohortFile.Cohort([CohortFile.Patient("TEAM-7", CohortFile.NegativeMrd("2025-01-05"), invalidLevel)]));

        JsonElement report = SurveillanceRun.Of("--input", file.Path, "--format", "json").Report();

        Assert.Equal("test cohort", report.GetProperty("cohort").GetString());
        JsonElement rejection = Assert.Single(report.GetProperty("rejections").EnumerateArray());
        Assert.Equal("TEAM-7", rejection.GetProperty("patient").GetString());
        Assert.Equal("mrdResults[1].outcome.level", rejection.GetProperty("field").GetString());
        Assert.Equal("0", rejection.GetProperty("value").GetString());
        JsonElement status = Assert.Single(report.GetProperty("mrdStatus").EnumerateArray());
        Assert.Equal("2025-01-05", status.GetProperty("sampleDate").GetString());
    }

    [Fact]
    public void Own_cohort_with_an_unknown_car_t_product_is_rejected_and_the_patient_kept()
    {
        string patient = """
            {
              "patient": { "id": "TEAM-9", "sex": "Female", "ageBand": "Paediatric", "measurements": { "weight": 30, "height": 130 } },
              "course": { "therapy": "CarTCellTherapy", "day0": "2025-02-01", "inRemissionBefore": true },
              "carTInfusion": { "product": "CD7 CAR-T", "source": "Autologous", "dose": { "amount": 1, "unit": "10*6/kg", "countedCells": "CarPositiveViableTCells" }, "lymphodepletion": [], "infusionNumber": 1 },
              "mrdResults": [ { "method": "MultiparameterFlowCytometry", "specimen": "BoneMarrow", "sampleDate": "2025-03-01", "outcome": { "kind": "negative", "sensitivity": 0.0001 } } ]
            }
            """;
        using CohortFile file = new(CohortFile.Cohort([patient]));

        JsonElement report = SurveillanceRun.Of("--input", file.Path, "--format", "json").Report();

        JsonElement rejection = Assert.Single(report.GetProperty("rejections").EnumerateArray());
        Assert.Equal("carTInfusion.product", rejection.GetProperty("field").GetString());
        Assert.Equal("\"CD7 CAR-T\"", rejection.GetProperty("value").GetString());
        Assert.Contains("is not in the CAR-T product catalogue", rejection.GetProperty("rule").GetString());
        Assert.Equal(1, report.GetProperty("patientsProcessed").GetInt32());
        Assert.Empty(report.GetProperty("carTInfusions").EnumerateArray());
        Assert.Single(report.GetProperty("mrdStatus").EnumerateArray());
    }

    [Fact]
    public void Transplant_record_on_a_car_t_course_is_rejected()
    {
        string patient = CohortFile.Patient("TEAM-8", CohortFile.NegativeMrd("2025-03-01"))
            .Replace("\"AllogeneicHsct\"", "\"CarTCellTherapy\"", StringComparison.Ordinal)
            .Replace("\"mrdResults\"", """
                "transplant": { "donor": "MatchedSibling", "graftSource": "BoneMarrow", "conditioning": { "intensity": "Myeloablative", "agents": [ { "drug": "fludarabine", "dose": { "amount": 40, "unit": "mg/m2" } } ] }, "gvhdProphylaxis": [], "transplantNumber": 1, "diseaseStatus": "Refractory" },
                "mrdResults"
                """, StringComparison.Ordinal);
        using CohortFile file = new(CohortFile.Cohort([patient]));

        JsonElement report = SurveillanceRun.Of("--input", file.Path, "--format", "json").Report();

        JsonElement rejection = Assert.Single(report.GetProperty("rejections").EnumerateArray());
        Assert.Equal("transplant", rejection.GetProperty("field").GetString());
        Assert.Contains("goes only with a course whose therapy is AllogeneicHsct; this course's therapy is CarTCellTherapy", rejection.GetProperty("rule").GetString());
        Assert.Empty(report.GetProperty("transplants").EnumerateArray());
    }

    [Fact]
    public void Large_cohort_reports_progress_on_the_error_stream_and_keeps_the_json_clean()
    {
        int count = SurveillanceApp.ProgressThreshold + 50;
        using CohortFile file = new(CohortFile.Cohort(Enumerable.Range(1, count).Select(number => CohortFile.Patient($"BULK-{number:D4}", CohortFile.NegativeMrd("2025-01-05")))));

        SurveillanceRun run = SurveillanceRun.Of("--input", file.Path, "--format", "json");

        Assert.Equal(count, run.Report().GetProperty("patientsProcessed").GetInt32());
        string[] progress = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(10, progress.Length);
        Assert.Equal($"Validated 25 of {count} patient entries (10 %)", progress[0]);
        Assert.Equal($"Validated {count} of {count} patient entries (100 %)", progress[^1]);
    }

    [Fact]
    public void Small_cohort_reports_no_progress()
    {
        using CohortFile file = new(CohortFile.Cohort([CohortFile.Patient("TEAM-1", CohortFile.NegativeMrd("2025-01-05"))]));

        SurveillanceRun run = SurveillanceRun.Of("--input", file.Path);

        Assert.Equal(SurveillanceApp.Success, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--input")]
    [InlineData("--verbose")]
    public void Invalid_command_line_exits_with_usage(params string[] args)
    {
        SurveillanceRun run = SurveillanceRun.Of(args);

        Assert.Equal(SurveillanceApp.InvalidCommandLine, run.ExitCode);
        Assert.Contains("Usage:", run.Error);
    }
}
