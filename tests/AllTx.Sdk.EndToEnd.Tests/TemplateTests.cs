using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>
/// A team installs AllTx.Templates, creates an app with <c>dotnet new alltx-console</c> or <c>dotnet new alltx-webapi</c>
/// against the AllTx.Sdk package, and gets a project that builds with no warning and works.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class TemplateTests(PackedSdk sdk, InstalledTemplates templates) : IClassFixture<InstalledTemplates>
{
    [Fact]
    public async Task Console_template_builds_without_warnings_and_prints_the_mrd_status_and_the_absolute_dose()
    {
        TemplateInstance app = await templates.CreateAsync("alltx-console", "Ward7.Surveillance", sdk);

        ConsumerBuildResult build = await app.BuildAsync();
        build.ShouldSucceedWithoutWarnings();
        ProcessOutcome run = await app.RunAsync();

        Assert.True(run.Succeeded, run.Describe());
        Assert.Contains("by NextGenerationSequencingIgTr in BoneMarrow: MRD-negative", run.Output);
        // 15 ug/(m2.d) x Mosteller BSA of 38 kg / 142 cm (1.2243 m2) = 18.3645 ug/d, below the 28 ug/d cap.
        Assert.Contains("blinatumomab 15 ug/(m2.d) for 38 kg: 18.3645 ug/d", run.Output);
    }

    [Fact]
    public async Task Template_references_the_requested_sdk_version_and_adds_only_the_requested_feed()
    {
        TemplateInstance app = await templates.CreateAsync("alltx-console", "Ward7.Feeds", sdk);

        Assert.Contains($"<PackageReference Include=\"AllTx.Sdk\" Version=\"{sdk.Version}\" />", app.ReadFile("Ward7.Feeds.csproj"));
        string nugetConfig = app.ReadFile("nuget.config");
        Assert.Contains($"value=\"{sdk.FeedDirectory}\"", nugetConfig);
        Assert.DoesNotContain("<clear", nugetConfig);
    }

    [Fact]
    public async Task Web_api_template_builds_clean_answers_valid_input_with_200_invalid_body_route_and_query_with_problem_details_and_serves_openapi()
    {
        TemplateInstance api = await templates.CreateAsync("alltx-webapi", "Ward7.Api", sdk);
        ConsumerBuildResult build = await api.BuildAsync();
        build.ShouldSucceedWithoutWarnings();

        RunningDotnet running = await api.StartWebAppAsync("/openapi/v1.json");
        await using (running)
        {
            using HttpClient client = running.CreateClient();

            using HttpResponseMessage valid = await client.PostAsync("/patients/SYN-0001/doses", Json(DoseOrder("ug/(m2.d)", 15)));
            JsonElement recorded = await BodyAsync(valid, HttpStatusCode.OK, running);
            Assert.Equal("SYN-0001", recorded.GetProperty("patient").GetString());
            Assert.Equal(18.3645m, recorded.GetProperty("absolute").GetProperty("value").GetProperty("amount").GetDecimal());
            Assert.Equal("withinLabelRange", recorded.GetProperty("labelCheck").GetProperty("kind").GetString());

            using HttpResponseMessage misspelledUnit = await client.PostAsync("/patients/SYN-0001/doses", Json(DoseOrder("mcg/d", 28)));
            string unitRule = ProblemError(await BodyAsync(misspelledUnit, HttpStatusCode.BadRequest, running), "dose.unit");
            Assert.Contains("'mcg/d' is not a valid UCUM code", unitRule);
            Assert.Contains("did you mean 'ug/d'", unitRule);
            Assert.Equal("application/problem+json", misspelledUnit.Content.Headers.ContentType?.MediaType);

            using HttpResponseMessage wrongKind = await client.PostAsync("/patients/SYN-0001/doses", Json(DoseOrder("mg/m2", 15)));
            Assert.Contains("blinatumomab cannot be dosed in mg/m2", ProblemError(await BodyAsync(wrongKind, HttpStatusCode.BadRequest, running), "dose.unit"));

            using HttpResponseMessage blankPatient = await client.PostAsync("/patients/%20/doses", Json(DoseOrder("ug/(m2.d)", 15)));
            Assert.Contains("must not be empty", ProblemError(await BodyAsync(blankPatient, HttpStatusCode.BadRequest, running), "patientId"));

            using HttpResponseMessage strictThreshold = await client.PostAsync("/patients/SYN-0001/mrd-results?threshold=0.001", Json(NegativeMrdResult(0.001m)));
            JsonElement status = (await BodyAsync(strictThreshold, HttpStatusCode.OK, running)).GetProperty("status");
            Assert.Equal("mrdNegative", status.GetProperty("kind").GetString());

            using HttpResponseMessage defaultThreshold = await client.PostAsync("/patients/SYN-0001/mrd-results", Json(NegativeMrdResult(0.001m)));
            Assert.Equal("negativeWithInsufficientSensitivity", (await BodyAsync(defaultThreshold, HttpStatusCode.OK, running)).GetProperty("status").GetProperty("kind").GetString());

            using HttpResponseMessage thresholdAboveOne = await client.PostAsync("/patients/SYN-0001/mrd-results?threshold=2", Json(NegativeMrdResult(0.001m)));
            Assert.Contains("is not a valid MrdLevel", ProblemError(await BodyAsync(thresholdAboveOne, HttpStatusCode.BadRequest, running), "threshold"));

            using HttpResponseMessage openApi = await client.GetAsync("/openapi/v1.json");
            JsonElement document = await BodyAsync(openApi, HttpStatusCode.OK, running);
            Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
            JsonElement paths = document.GetProperty("paths");
            Assert.True(paths.TryGetProperty("/patients/{patientId}/doses", out _), paths.ToString());
            Assert.True(paths.TryGetProperty("/patients/{patientId}/mrd-results", out _), paths.ToString());
        }

        Assert.True(running.HasExited, "the web API still runs after it was stopped");
    }

    private static object DoseOrder(string unit, decimal amount) => new
    {
        drug = "blinatumomab",
        dose = new { amount, unit },
        measurements = new { weight = 38, height = 142 },
        day = 8,
    };

    private static object NegativeMrdResult(decimal sensitivity) => new
    {
        method = "MultiparameterFlowCytometry",
        specimen = "BoneMarrow",
        sampleDate = "2025-03-01",
        outcome = new { kind = "negative", sensitivity },
    };

    private static JsonContent Json(object body) => JsonContent.Create(body);

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response, HttpStatusCode expected, RunningDotnet app)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {body}{Environment.NewLine}{app.Describe()}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    // ProblemDetails "errors": { "<field>": ["<rule>"] }.
    private static string ProblemError(JsonElement problem, string field)
    {
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out JsonElement messages), $"no error for '{field}' in {problem}");
        return string.Join(" | ", messages.EnumerateArray().Select(message => message.GetString()));
    }

    [Fact]
    public async Task Console_template_rejects_a_drug_with_a_decimal_dose()
    {
        TemplateInstance app = await templates.CreateAsync("alltx-console", "Ward7.Unsafe", sdk);

        (await TemplateUnsafeLines.BuildWithAsync(app, TemplateUnsafeLines.DrugWithDecimalDose)).ShouldFailWith("ATX1001");
    }

    [Fact]
    public async Task Web_api_template_rejects_an_mrd_value_held_as_a_double()
    {
        TemplateInstance api = await templates.CreateAsync("alltx-webapi", "Ward7.UnsafeApi", sdk);

        (await TemplateUnsafeLines.BuildWithAsync(api, TemplateUnsafeLines.MrdAsDouble)).ShouldFailWith("ATX2001");
    }
}
