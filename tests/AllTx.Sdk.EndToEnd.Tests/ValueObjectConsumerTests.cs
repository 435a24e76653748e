using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>
/// A team declares its own Vogen value objects with the packed SDK (Vogen comes as the package's dependency): the AllTx
/// generator supplies the declared Validate (declarative rules) and the redacting formatting of a [Sensitive] type, the
/// app runs with them (creation, validation, JSON), and the analyzers stop the build on a rule-bearing type whose rules
/// would not run (ATX3006) and on a constant that breaks a rule (ATX3003).
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class ValueObjectConsumerTests(PackedSdk sdk)
{
    private const string Declarations = """
        using System;
        using AllTx;
        using Vogen;

        namespace TransplantTeam;

        [ValueObject<decimal>]
        [ValueRange(0, 100)]
        public readonly partial struct MarrowBlastPercentage
        {
            private static partial Validation Validate(decimal value);
        }

        [ValueObject<string>]
        [ValuePattern(@"^NCT\d{8}$")]
        public readonly partial struct TrialRegistration
        {
            private static partial Validation Validate(string value);

            private static string NormalizeInput(string input) => input.Trim().ToUpperInvariant();
        }

        [ValueObject<int>]
        [ValueRange(0, 12)]
        public readonly partial struct DonorMatchScore
        {
            private static Validation Validate(int value)
            {
                Validation rules = CheckDeclaredRules(value);
                return rules != Validation.Ok || value % 2 == 0 ? rules : RuleViolation.Of<DonorMatchScore, int>(value, "must be an even count of alleles");
            }
        }

        [ValueObject<string>(debuggerAttributes: DebuggerAttributeGeneration.Basic)]
        [Sensitive]
        [NotEmpty]
        public sealed partial class HospitalNumber
        {
            private static partial Validation Validate(string value);

            public override partial string ToString();

            public partial string ToString(IFormatProvider? provider);
        }

        public sealed record MarrowAssessment(TrialRegistration Trial, MarrowBlastPercentage Blasts, DonorMatchScore DonorMatch);
        """;

    private const string Program = """
        using System.Text.Json;
        using AllTx;
        using TransplantTeam;

        MarrowBlastPercentage blasts = MarrowBlastPercentage.From(12m);
        Console.WriteLine($"From: {blasts.Value}");
        Console.WriteLine($"TryFrom 150: {MarrowBlastPercentage.TryFrom(150m, out _)}");
        try
        {
            MarrowBlastPercentage.From(decimal.Parse(args.Length > 0 ? args[0] : "150"));
        }
        catch (Vogen.ValueObjectValidationException exception)
        {
            Console.WriteLine($"From 150: {exception.Message} [{exception.Data[AllTx.ValueObjectValidationException.RuleKey]}]");
        }

        TrialRegistration trial = TrialRegistration.From("  nct01234567 ");
        Console.WriteLine($"Normalised: {trial}");
        Console.WriteLine($"TryFrom NCT123: {TrialRegistration.TryFrom("NCT123", out _)}");
        Console.WriteLine($"Match 13: {DonorMatchScore.TryFrom(13, out _)}, match 9: {DonorMatchScore.TryFrom(9).Error.ErrorMessage}");

        HospitalNumber number = HospitalNumber.From("H-555");
        // Deliberately formatted to show the redaction; ATX6001 rightly warns about putting a [Sensitive] value in text.
        #pragma warning disable ATX6001
        Console.WriteLine($"Sensitive: {number} {string.Format("{0}", number)} {number.ToString(null)}");
        #pragma warning restore ATX6001

        MarrowAssessment assessment = new(trial, blasts, DonorMatchScore.From(10));
        string json = JsonSerializer.Serialize(assessment);
        Console.WriteLine($"JSON: {json}");
        Console.WriteLine($"JSON round trip: {JsonSerializer.Deserialize<MarrowAssessment>(json) == assessment}");
        try
        {
            JsonSerializer.Deserialize<MarrowAssessment>(json.Replace("\"Blasts\":12", "\"Blasts\":150"));
        }
        catch (JsonException exception)
        {
            Console.WriteLine($"JSON 150: {exception.InnerException?.Message}");
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
        const string Json = """{"Trial":"NCT01234567","Blasts":12,"DonorMatch":10}""";
        string[] expected =
        [
            "From: 12",
            "TryFrom 150: False",
            "From 150: '150' is not a valid MarrowBlastPercentage: must be at least 0 and at most 100. [must be at least 0 and at most 100]",
            "Normalised: NCT01234567",
            "TryFrom NCT123: False",
            "Match 13: False, match 9: '9' is not a valid DonorMatchScore: must be an even count of alleles.",
            "Sensitive: [REDACTED] [REDACTED] [REDACTED]",
            $"JSON: {Json}",
            "JSON round trip: True",
            "JSON 150: '150' is not a valid MarrowBlastPercentage: must be at least 0 and at most 100.",
        ];
        Assert.Equal(expected, run.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Rule_bearing_type_without_Validate_fails_the_build_with_ATX3006()
    {
        ConsumerBuildResult result = await BuildWithDeclarations("""
            using AllTx;
            using Vogen;

            namespace TransplantTeam;

            [ValueObject<int>]
            [ValueRange(1, 366)]
            public readonly partial struct TreatmentDay { }
            """);

        result.ShouldFailWith("ATX3006");
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

    private Task<ConsumerBuildResult> BuildWithDeclarations(string admission) =>
        sdk.NewConsumer()
            .WithFile("ClinicalValues.cs", Declarations)
            .WithFile("Admission.cs", admission)
            .BuildAsync();
}
