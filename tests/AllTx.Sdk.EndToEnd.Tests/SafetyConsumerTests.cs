using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>
/// The safety rules as a team meets them: unsafe dosing, MRD and lab code in its own project fails the build with the rule's
/// id, the warnings show up as warnings, and code that uses Dose, MrdResult and LabValue as intended builds clean.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class SafetyConsumerTests(PackedSdk sdk)
{
    private const string Usings = """
        using AllTx.Domain.Dosing;
        using AllTx.Domain.Drugs;
        using AllTx.Domain.Laboratory;
        using AllTx.Domain.Mrd;
        using AllTx.Domain.Patients;
        using AllTx.Domain.Units;

        namespace TransplantTeam;

        """;

    [Theory]
    [InlineData("ATX1001", "public sealed record Order(Drug Drug, decimal Dose);")]
    [InlineData("ATX1003", """public static class Rates { public static readonly DoseUnit Blinatumomab = DoseUnit.Parse("mcg/d"); }""")]
    [InlineData("ATX2001", "public sealed record Visit(DateOnly Date, double Mrd);")]
    [InlineData("ATX2004", "public static class Eligibility { public static bool Kidneys(LabValue creatinine) => creatinine.Amount <= 1.6m; }")]
    public async Task Unsafe_consumer_code_fails_the_build_with_the_rule_id(string id, string code)
    {
        ConsumerBuildResult result = await sdk.NewConsumer().WithFile("Unsafe.cs", Usings + code).BuildAsync();

        result.ShouldFailWith(id);
    }

    [Fact]
    public async Task Warning_rules_warn_without_failing_the_build()
    {
        ConsumerBuildResult result = await sdk.NewConsumer().WithFile("Risky.cs", Usings + """
            public sealed class Risky
            {
                public decimal MaxDose { get; init; }

                public static bool Higher(Dose a, Dose b) => a.Amount > b.Amount;

                public static bool Falling(MrdResult before, MrdResult after) => after.Level?.Value < before.Level?.Value;

                public static MrdOutcome Flow() => new MrdOutcome.Negative(AssaySensitivity.From(0.001m));

                public static string Show(PatientId id) => $"patient {id.Value}";
            }
            """).BuildAsync();

        result.ShouldSucceedWithWarnings("ATX1002", "ATX1004", "ATX2002", "ATX2003", "ATX6001");
    }

    [Fact]
    public async Task Consumer_using_Dose_MrdResult_and_LabValue_correctly_builds_without_warnings()
    {
        ConsumerBuildResult result = await sdk.NewConsumer().WithFile("Ward.cs", Usings + """
            public sealed record Order(Drug Drug, Dose Dose, int CycleDay);

            public sealed record Visit(PatientId Patient, MrdResult Mrd, LabValue Creatinine);

            public static class Ward
            {
                public static readonly Dose Blinatumomab = Dose.Parse("28 ug/d");
                public static readonly Quantity CreatinineLimit = Quantity.Of(1.6m, Unit.MilligramPerDecilitre);

                public static bool Eligible(Visit visit) =>
                    visit.Creatinine <= CreatinineLimit && visit.Mrd.StatusAgainst() is MrdStatus.MrdNegative;

                public static bool Higher(Order proposed, Order current) => proposed.Dose > current.Dose;

                public static bool Falling(MrdResult before, MrdResult after) =>
                    MrdComparison.Between(before, after) is MrdComparison.LevelsComparable { FoldChange: < 1m };

                public static MrdResult Flow(DateOnly date) => MrdResult.Create(
                    MrdMethod.MultiparameterFlowCytometry, MrdSpecimen.BoneMarrow, date, new MrdOutcome.Negative(AssaySensitivity.From(0.0001m)));

                public static string Describe(Visit visit) => $"{visit.Patient}: {visit.Mrd.Method}, creatinine {visit.Creatinine}";
            }
            """).BuildAsync();

        result.ShouldSucceedWithoutWarnings();
    }
}
