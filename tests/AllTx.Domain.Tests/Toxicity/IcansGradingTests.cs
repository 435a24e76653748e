using System.Text.Json;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Toxicity;

namespace AllTx.Domain.Tests.Toxicity;

public class IcansGradingTests
{
    [Theory]
    [InlineData(10, IcansGrade.NoIcans)]
    [InlineData(9, IcansGrade.Grade1)]
    [InlineData(7, IcansGrade.Grade1)]
    [InlineData(6, IcansGrade.Grade2)]
    [InlineData(3, IcansGrade.Grade2)]
    [InlineData(2, IcansGrade.Grade3)]
    [InlineData(0, IcansGrade.Grade3)]
    public void ICE_score_7_to_9_is_grade_1_3_to_6_grade_2_0_to_2_grade_3(int ice, IcansGrade expected)
    {
        Assert.Equal(expected, IcansGrading.Of(IcansFindings.IceScoreOnly(IceScore.From(ice))).Grade);
    }

    [Fact]
    public void The_highest_ICE_score_is_10_no_impairment()
    {
        Assert.Equal(10, IceScore.NoImpairment.Value);
        Assert.Equal(IcansGrade.NoIcans, IcansGrading.Of(IcansFindings.IceScoreOnly(IceScore.NoImpairment)).Grade);
    }

    [Fact]
    public void Findings_with_an_uninitialised_ICE_score_are_refused()
    {
        Assert.Equal("IceScore", Assert.Throws<DomainValidationException>(() => IcansFindings.IceScoreOnly(TestValues.Uninitialised<IceScore>())).ParamName);
    }

    [Fact]
    public void ICE_score_0_and_unarousable_is_grade_4()
    {
        IcansGrading grading = IcansGrading.Of(IcansFindings.Of(IceScore.From(0), ConsciousnessLevel.Unarousable, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None));

        Assert.Equal(IcansGrade.Grade4, grading.Grade);
        Assert.Equal("level of consciousness", Assert.Single(grading.DecidingContributions).Domain);
    }

    [Theory]
    [InlineData(ConsciousnessLevel.AwakensSpontaneously, IcansGrade.Grade1)]
    [InlineData(ConsciousnessLevel.AwakensToVoice, IcansGrade.Grade2)]
    [InlineData(ConsciousnessLevel.AwakensOnlyToTactileStimulus, IcansGrade.Grade3)]
    public void Depressed_consciousness_grades_by_what_wakes_the_patient(ConsciousnessLevel level, IcansGrade expected)
    {
        Assert.Equal(expected, IcansGrading.Of(IcansFindings.Of(IceScore.From(10), level, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None)).Grade);
    }

    [Fact]
    public void The_worst_domain_wins()
    {
        Assert.Equal(IcansGrade.Grade3, IcansGrading.Of(IcansFindings.Of(IceScore.From(8), ConsciousnessLevel.NotDepressed, SeizureFinding.ResolvingRapidlyOrWithIntervention, MotorFinding.None, CerebralOedemaFinding.None)).Grade);
        Assert.Equal(IcansGrade.Grade4, IcansGrading.Of(IcansFindings.Of(IceScore.From(8), ConsciousnessLevel.NotDepressed, SeizureFinding.ProlongedOrRepetitive, MotorFinding.None, CerebralOedemaFinding.None)).Grade);
        Assert.Equal(IcansGrade.Grade4, IcansGrading.Of(IcansFindings.Of(IceScore.From(9), ConsciousnessLevel.NotDepressed, SeizureFinding.None, MotorFinding.DeepFocalMotorWeakness, CerebralOedemaFinding.None)).Grade);
        Assert.Equal(IcansGrade.Grade3, IcansGrading.Of(IcansFindings.Of(IceScore.From(9), ConsciousnessLevel.NotDepressed, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.FocalOedemaOnImaging)).Grade);
        Assert.Equal(IcansGrade.Grade4, IcansGrading.Of(IcansFindings.Of(IceScore.From(5), ConsciousnessLevel.AwakensToVoice, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.DiffuseOedemaOrSigns)).Grade);
    }

    [Fact]
    public void Grade_keeps_every_domain_and_names_the_deciding_ones()
    {
        IcansGrading grading = IcansGrading.Of(IcansFindings.Of(IceScore.From(5), ConsciousnessLevel.AwakensToVoice, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None));

        Assert.Equal(5, grading.Contributions.Count);
        Assert.Equal(["ICE score", "level of consciousness"], grading.DecidingContributions.Select(c => c.Domain));
        Assert.Equal("ICANS grade 2 (ICE score: 5/10 → grade 2; level of consciousness: awakens to voice → grade 2)", grading.ToString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void ICE_score_outside_0_to_10_is_refused(int ice)
    {
        ValueObjectValidationException error = Assert.Throws<ValueObjectValidationException>(() => IceScore.From(ice));

        Assert.Equal($"'{ice}' is not a valid IceScore: must be at least 0 and at most 10.", error.Message);
    }

    [Fact]
    public void An_unarousable_patient_with_an_ICE_score_above_0_is_refused()
    {
        Assert.Contains(
            "IceScore must be 0 when the patient is unarousable",
            Assert.Throws<DomainValidationException>(() => IcansFindings.Of(IceScore.From(4), ConsciousnessLevel.Unarousable, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_through_json()
    {
        IcansGrading grading = IcansGrading.Of(IcansFindings.Of(IceScore.From(2), ConsciousnessLevel.AwakensOnlyToTactileStimulus, SeizureFinding.None, MotorFinding.None, CerebralOedemaFinding.None));

        IcansGrading read = Support.Json.RoundTrip(grading);

        Assert.Equal((grading.Grade, grading.Findings), (read.Grade, read.Findings));
    }

    [Fact]
    public void Json_that_breaks_a_rule_is_rejected_naming_the_field_and_rule()
    {
        JsonException ice = Support.Json.Rejects<IcansFindings>("""{"IceScore":12,"Consciousness":"NotDepressed","Seizure":"None","Motor":"None","CerebralOedema":"None"}""");
        JsonException grade = Support.Json.Rejects<IcansGrading>("""{"Grade":"NoIcans","Findings":{"IceScore":8,"Consciousness":"NotDepressed","Seizure":"None","Motor":"None","CerebralOedema":"None"}}""");

        Assert.Equal("'12' is not a valid IceScore: must be at least 0 and at most 10.", ice.Message);
        Assert.Equal("$.IceScore", ice.Path);
        Assert.Contains("Grade must be the ASTCT grade of its Findings (Grade1)", grade.Message, StringComparison.Ordinal);
    }
}
