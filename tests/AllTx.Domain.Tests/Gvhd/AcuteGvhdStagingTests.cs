using AllTx.Domain.Gvhd;
using AllTx.Domain.Tests.Support;

namespace AllTx.Domain.Tests.Gvhd;

public class AcuteGvhdStagingTests
{
    [Theory]
    [InlineData(0, 0, 0, 0, AcuteGvhdGrade.None)]
    [InlineData(1, 0, 0, 0, AcuteGvhdGrade.GradeI)]
    [InlineData(2, 0, 0, 0, AcuteGvhdGrade.GradeI)]
    [InlineData(3, 0, 0, 0, AcuteGvhdGrade.GradeII)]
    [InlineData(1, 1, 0, 0, AcuteGvhdGrade.GradeII)]
    [InlineData(0, 0, 1, 0, AcuteGvhdGrade.GradeII)]
    [InlineData(2, 0, 0, 1, AcuteGvhdGrade.GradeII)]
    [InlineData(0, 2, 0, 0, AcuteGvhdGrade.GradeIII)]
    [InlineData(3, 0, 1, 3, AcuteGvhdGrade.GradeIII)]
    [InlineData(4, 0, 0, 0, AcuteGvhdGrade.GradeIV)]
    [InlineData(0, 4, 1, 0, AcuteGvhdGrade.GradeIV)]
    [InlineData(1, 0, 0, 4, AcuteGvhdGrade.GradeIV)]
    public void Overall_grade_follows_MAGIC(int skin, int liver, int upperGi, int lowerGi, AcuteGvhdGrade expected)
    {
        Assert.Equal(expected, AcuteGvhdStaging.Of(skin, liver, upperGi, lowerGi).Grade);
    }

    [Fact]
    public void Staging_names_the_organs_that_set_the_grade()
    {
        Assert.Equal([AcuteGvhdOrgan.Liver, AcuteGvhdOrgan.LowerGastrointestinal], AcuteGvhdStaging.Of(3, 2, 1, 3).DecidingOrgans);
        Assert.Equal([AcuteGvhdOrgan.Skin], AcuteGvhdStaging.Of(4, 1, 0, 0).DecidingOrgans);
        Assert.Equal([AcuteGvhdOrgan.UpperGastrointestinal], AcuteGvhdStaging.Of(1, 0, 1, 0).DecidingOrgans);
        Assert.Empty(AcuteGvhdStaging.Of(0, 0, 0, 0).DecidingOrgans);
        Assert.Equal("acute GvHD grade III (skin 3, liver 2, upper GI 1, lower GI 3)", AcuteGvhdStaging.Of(3, 2, 1, 3).ToString());
    }

    [Theory]
    [InlineData(5, 0, 0, 0, "Skin stage must be between 0 and 4")]
    [InlineData(0, -1, 0, 0, "Liver stage must be between 0 and 4")]
    [InlineData(0, 0, 2, 0, "UpperGastrointestinal stage must be between 0 and 1")]
    [InlineData(0, 0, 0, 5, "LowerGastrointestinal stage must be between 0 and 4")]
    public void Stages_outside_their_range_are_refused(int skin, int liver, int upperGi, int lowerGi, string rule)
    {
        Assert.Contains(rule, Assert.Throws<DomainValidationException>(() => AcuteGvhdStaging.Of(skin, liver, upperGi, lowerGi)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_through_json_and_rejects_an_out_of_range_stage()
    {
        AcuteGvhdStaging staging = AcuteGvhdStaging.Of(2, 1, 0, 2);

        Assert.Equal(staging, Support.Json.RoundTrip(staging));
        Assert.Contains("UpperGastrointestinal stage must be between 0 and 1", Support.Json.Rejects<AcuteGvhdStaging>("""{"Skin":0,"Liver":0,"UpperGastrointestinal":3,"LowerGastrointestinal":0}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_missing_a_stage_is_rejected_naming_it()
    {
        Assert.Contains("LowerGastrointestinal", Support.Json.Rejects<AcuteGvhdStaging>("""{"Skin":0,"Liver":0,"UpperGastrointestinal":0}""").Message, StringComparison.Ordinal);
    }
}
