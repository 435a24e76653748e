using System.Text.Json;
using AllTx.Domain.Patients;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Toxicity;

namespace AllTx.Domain.Tests.Toxicity;

public class PaediatricIcansGradingTests
{
    private static readonly AgeInYears Child = AgeInYears.From(6);

    [Theory]
    [InlineData(0, IcansGrade.NoIcans)]
    [InlineData(1, IcansGrade.Grade1)]
    [InlineData(8, IcansGrade.Grade1)]
    [InlineData(9, IcansGrade.Grade3)]
    [InlineData(32, IcansGrade.Grade3)]
    public void CAPD_1_to_8_is_grade_1_and_9_or_more_grade_3(int capd, IcansGrade expected)
    {
        Assert.Equal(expected, Grade(Findings(capd)));
    }

    [Fact]
    public void CAPD_below_9_with_a_child_who_awakens_only_to_voice_is_grade_2()
    {
        Assert.Equal(IcansGrade.Grade2, Grade(Findings(8, ConsciousnessLevel.AwakensToVoice)));
    }

    [Fact]
    public void A_CAPD_that_cannot_be_performed_is_grade_4()
    {
        PaediatricIcansGrading grading = PaediatricIcansGrading.Of(PaediatricIcansFindings.WithoutCapd(Child, ConsciousnessLevel.Unarousable, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None));

        Assert.Equal(IcansGrade.Grade4, grading.Grade);
        Assert.Equal(["CAPD", "level of consciousness"], grading.DecidingContributions.Select(c => c.Domain));
    }

    [Fact]
    public void The_other_domains_grade_as_in_adults_and_the_worst_wins()
    {
        Assert.Equal(IcansGrade.Grade3, Grade(PaediatricIcansFindings.Of(Child, CapdScore.From(2), ConsciousnessLevel.NotDepressed, SeizureFinding.ResolvingRapidlyOrWithIntervention, MotorFinding.None, CerebralOedemaFinding.None)));
        Assert.Equal(IcansGrade.Grade4, Grade(PaediatricIcansFindings.Of(Child, CapdScore.From(2), ConsciousnessLevel.NotDepressed, SeizureFinding.None, MotorFinding.DeepFocalMotorWeakness, CerebralOedemaFinding.None)));
    }

    [Fact]
    public void The_grading_says_why()
    {
        Assert.Equal("ICANS grade 3 (CAPD: 9/32 → grade 3)", PaediatricIcansGrading.Of(Findings(9)).ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Children_under_12_are_graded_with_the_CAPD(int years)
    {
        Assert.Equal(AgeInYears.From(years), PaediatricIcansFindings.Of(AgeInYears.From(years), CapdScore.From(0), ConsciousnessLevel.NotDepressed, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None).Age);
    }

    [Fact]
    public void From_12_years_the_ICE_score_applies_and_CAPD_findings_are_refused()
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() =>
            PaediatricIcansFindings.Of(AgeInYears.From(12), CapdScore.From(3), ConsciousnessLevel.NotDepressed, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None));

        Assert.Equal("Age", error.ParamName);
        Assert.Equal("12 years", error.Value);
        Assert.Contains("ICE score", error.Rule);
    }

    [Fact]
    public void A_child_of_12_or_older_with_developmental_delay_is_graded_with_the_CAPD()
    {
        PaediatricIcansFindings findings = PaediatricIcansFindings.Of(AgeInYears.From(14), CapdScore.From(10), ConsciousnessLevel.NotDepressed, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None, developmentalDelay: true);

        Assert.Equal(IcansGrade.Grade3, Grade(findings));
    }

    [Fact]
    public void A_CAPD_score_for_an_unarousable_child_is_refused()
    {
        Assert.Equal("Capd", Assert.Throws<DomainValidationException>(() => Findings(12, ConsciousnessLevel.Unarousable)).ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(33)]
    public void A_CAPD_score_outside_0_to_32_is_refused(int capd)
    {
        Assert.Throws<ValueObjectValidationException>(() => CapdScore.From(capd));
    }

    [Fact]
    public void An_uninitialised_CAPD_score_is_refused()
    {
        Assert.Equal("capd", Assert.Throws<DomainValidationException>(() => PaediatricIcansFindings.Of(Child, TestValues.Uninitialised<CapdScore>(), ConsciousnessLevel.NotDepressed, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None)).ParamName);
    }

    [Fact]
    public void Findings_round_trip_through_JSON()
    {
        PaediatricIcansFindings findings = Findings(5, ConsciousnessLevel.AwakensSpontaneously);

        Assert.Equal(findings, Support.Json.RoundTrip(findings));
    }

    [Theory]
    [InlineData("""{"Age":6,"Consciousness":"NotDepressed","Seizure":"None","Motor":"None","CerebralOedema":"None"}""")]
    [InlineData("""{"Age":6,"Capd":4,"UnableToPerformCapd":true,"Consciousness":"NotDepressed","Seizure":"None","Motor":"None","CerebralOedema":"None"}""")]
    [InlineData("""{"Age":13,"Capd":4,"Consciousness":"NotDepressed","Seizure":"None","Motor":"None","CerebralOedema":"None"}""")]
    public void JSON_without_exactly_one_CAPD_result_or_for_a_child_of_12_is_refused(string json)
    {
        Support.Json.Rejects<PaediatricIcansFindings>(json);
    }

    [Fact]
    public void A_grading_read_from_JSON_must_carry_the_grade_its_findings_give()
    {
        string json = JsonSerializer.Serialize(PaediatricIcansGrading.Of(Findings(9))).Replace("\"Grade\":\"Grade3\"", "\"Grade\":\"Grade1\"", StringComparison.Ordinal);

        Assert.Contains("Grade must be the ASTCT grade", Support.Json.Rejects<PaediatricIcansGrading>(json).Message);
    }

    private static PaediatricIcansFindings Findings(int capd, ConsciousnessLevel consciousness = ConsciousnessLevel.NotDepressed) =>
        PaediatricIcansFindings.Of(Child, CapdScore.From(capd), consciousness, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None);

    private static IcansGrade Grade(PaediatricIcansFindings findings) => PaediatricIcansGrading.Of(findings).Grade;
}
