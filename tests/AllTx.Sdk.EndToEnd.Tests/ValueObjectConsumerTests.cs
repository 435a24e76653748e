using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>
/// A team declares its own value objects with the packed SDK: the generator gives them their members, the app runs with
/// them (creation, validation, JSON with and without a source-generated context), and the analyzers stop the build on
/// the ways to get a value object that holds no valid value.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class ValueObjectConsumerTests(PackedSdk sdk)
{
    private const string Declarations = """
        using System.Text.Json.Serialization;
        using AllTx;

        namespace TransplantTeam;

        [ValueObject<decimal>]
        [ValueRange(0, 100)]
        public readonly partial struct MarrowBlastPercentage
        {
        }

        [ValueObject<string>]
        [ValuePattern(@"^NCT\d{8}$")]
        public readonly partial struct TrialRegistration
        {
            private static string NormalizeInput(string input) => input.Trim().ToUpperInvariant();
        }

        [ValueObject<int>]
        public readonly partial struct DonorMatchScore
        {
            private static Validation Validate(int value) =>
                value is >= 0 and <= 12 ? Validation.Ok : Validation.Invalid("must be between 0 and 12 matched alleles");
        }

        [ValueObject<int>]
        [ValueRange(0, 4)]
        [Instance("None", 0)]
        public readonly partial struct GvhdGrade
        {
        }

        public sealed record MarrowAssessment(
            TrialRegistration Trial,
            MarrowBlastPercentage Blasts,
            DonorMatchScore DonorMatch,
            GvhdGrade Gvhd);

        [JsonSerializable(typeof(MarrowAssessment))]
        [JsonSourceGenerationOptions(Converters = new[] { typeof(ValueObjectJsonConverterFactory) })]
        internal sealed partial class AssessmentJsonContext : JsonSerializerContext
        {
        }
        """;

    private const string Program = """
        using System.Text.Json;
        using AllTx;
        using TransplantTeam;

        MarrowBlastPercentage blasts = MarrowBlastPercentage.From(12m);
        Console.WriteLine($"From: {blasts.Value}");
        Console.WriteLine($"TryFrom 150: {MarrowBlastPercentage.TryFrom(150m, out _)}");
        Console.WriteLine($"TryFrom 150 rule: {MarrowBlastPercentage.TryFrom(150m).Error.ErrorMessage}");
        try
        {
            MarrowBlastPercentage.From(decimal.Parse(args.Length > 0 ? args[0] : "150"));
        }
        catch (ValueObjectValidationException exception)
        {
            Console.WriteLine($"From 150: {exception.Message}");
        }

        TrialRegistration trial = TrialRegistration.From("  nct01234567 ");
        Console.WriteLine($"Normalised: {trial}");
        Console.WriteLine($"TryFrom NCT123: {TrialRegistration.TryFrom("NCT123", out _)}");

        DonorMatchScore match = DonorMatchScore.From(10);
        Console.WriteLine($"Validate 13: {DonorMatchScore.TryFrom(13).Error.ErrorMessage}");
        Console.WriteLine($"Instance: {GvhdGrade.None == GvhdGrade.From(0)}");

        MarrowAssessment assessment = new(trial, blasts, match, GvhdGrade.None);
        string reflected = JsonSerializer.Serialize(assessment);
        Console.WriteLine($"JSON: {reflected}");
        Console.WriteLine($"JSON round trip: {JsonSerializer.Deserialize<MarrowAssessment>(reflected) == assessment}");

        string generated = JsonSerializer.Serialize(assessment, AssessmentJsonContext.Default.MarrowAssessment);
        Console.WriteLine($"Context JSON: {generated}");
        Console.WriteLine($"Context round trip: {JsonSerializer.Deserialize(generated, AssessmentJsonContext.Default.MarrowAssessment) == assessment}");
        try
        {
            JsonSerializer.Deserialize(generated.Replace("\"Blasts\":12", "\"Blasts\":150"), AssessmentJsonContext.Default.MarrowAssessment);
        }
        catch (JsonException exception)
        {
            Console.WriteLine($"Context JSON 150: {exception.Message}");
        }
        """;

    [Fact]
    public async Task App_declaring_its_own_value_objects_builds_without_warnings_and_runs_them()
    {
        ConsumerBuildResult build = await sdk.NewConsumer()
            .AsExecutable()
            .WithFile("ClinicalValues.cs", Declarations)
            .WithFile("Program.cs", Program)
            .BuildAsync();
        build.ShouldSucceedWithoutWarnings();

        ProcessOutcome run = await build.RunAsync();

        Assert.True(run.Succeeded, run.Describe());
        const string Json = """{"Trial":"NCT01234567","Blasts":12,"DonorMatch":10,"Gvhd":0}""";
        string[] expected =
        [
            "From: 12",
            "TryFrom 150: False",
            "TryFrom 150 rule: must be at least 0 and at most 100",
            "From 150: '150' is not a valid MarrowBlastPercentage: must be at least 0 and at most 100.",
            "Normalised: NCT01234567",
            "TryFrom NCT123: False",
            "Validate 13: must be between 0 and 12 matched alleles",
            "Instance: True",
            $"JSON: {Json}",
            "JSON round trip: True",
            $"Context JSON: {Json}",
            "Context round trip: True",
            "Context JSON 150: '150' is not a valid MarrowBlastPercentage: must be at least 0 and at most 100.",
        ];
        Assert.Equal(expected, run.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Default_of_a_value_object_fails_the_build_with_ATX3001()
    {
        ConsumerBuildResult result = await BuildWithDeclarations("""
            namespace TransplantTeam;

            public static class Admission
            {
                public static MarrowBlastPercentage UnknownBlasts() => default(MarrowBlastPercentage);
            }
            """);

        result.ShouldFailWith("ATX3001");
    }

    [Fact]
    public async Task Constant_that_breaks_the_declared_range_fails_the_build_with_ATX3003_naming_the_rule()
    {
        ConsumerBuildResult result = await BuildWithDeclarations("""
            namespace TransplantTeam;

            public static class Admission
            {
                public static MarrowBlastPercentage Blasts() => MarrowBlastPercentage.From(150);
            }
            """);

        result.ShouldFailWith("ATX3003");
        BuildDiagnostic error = Assert.Single(result.Errors);
        Assert.Contains("must be at least 0 and at most 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameterless_new_of_a_value_object_fails_the_build_with_ATX3002()
    {
        ConsumerBuildResult result = await BuildWithDeclarations("""
            namespace TransplantTeam;

            public static class Admission
            {
                public static MarrowBlastPercentage Blasts() => new MarrowBlastPercentage();
            }
            """);

        result.ShouldFailWith("ATX3002");
    }

    private Task<ConsumerBuildResult> BuildWithDeclarations(string admission) =>
        sdk.NewConsumer()
            .WithFile("ClinicalValues.cs", Declarations)
            .WithFile("Admission.cs", admission)
            .BuildAsync();
}
