using AllTx.Domain.Patients;
using AllTx.Domain.Registry;

namespace AllTx.Domain.Tests.Registry;

public sealed class PerformanceStatusTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(100)]
    public void Both_scales_take_0_to_100_in_steps_of_10(int score)
    {
        Assert.Equal(score, KarnofskyPerformanceStatus.From(score).Value);
        Assert.Equal(score, LanskyPerformanceStatus.From(score).Value);
    }

    [Theory]
    [InlineData(85, "steps of 10")]
    [InlineData(5, "steps of 10")]
    [InlineData(110, "at most 100")]
    [InlineData(-10, "at least 0")]
    public void Scores_off_the_scale_are_refused_naming_the_rule(int score, string rule)
    {
        Assert.Contains(rule, Assert.Throws<ValueObjectValidationException>(() => KarnofskyPerformanceStatus.From(TestValues.AtRunTime(score))).Message, StringComparison.Ordinal);
        Assert.Contains(rule, Assert.Throws<ValueObjectValidationException>(() => LanskyPerformanceStatus.From(TestValues.AtRunTime(score))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16, true)]
    [InlineData(70, true)]
    [InlineData(15, false)]
    [InlineData(1, false)]
    public void The_scale_follows_the_age_Karnofsky_from_16_Lansky_from_1_to_15(int age, bool karnofsky)
    {
        PerformanceStatus status = PerformanceStatus.ForAge(80, AgeInYears.From(age));

        Assert.Equal(karnofsky, status is PerformanceStatus.KarnofskyStatus);
        Assert.Equal(!karnofsky, status is PerformanceStatus.LanskyStatus);
    }

    [Fact]
    public void No_scale_applies_under_1_year()
    {
        var error = Assert.Throws<DomainValidationException>(() => PerformanceStatus.ForAge(90, AgeInYears.From(0)));

        Assert.Equal("0 years", error.Value);
        Assert.Contains("neither the Karnofsky nor the Lansky scale applies", error.Rule, StringComparison.Ordinal);
        Assert.Equal("age", error.ParamName);
    }

    [Fact]
    public void The_wrong_scale_for_the_age_is_refused_naming_the_right_one()
    {
        var karnofskyForAChild = Assert.Throws<DomainValidationException>(() => PerformanceStatus.Karnofsky(KarnofskyPerformanceStatus.From(90), AgeInYears.From(15)));
        var lanskyForAnAdult = Assert.Throws<DomainValidationException>(() => PerformanceStatus.Lansky(LanskyPerformanceStatus.From(90), AgeInYears.From(16)));

        Assert.Contains("under 16 use the Lansky scale", karnofskyForAChild.Rule, StringComparison.Ordinal);
        Assert.Equal("15 years", karnofskyForAChild.Value);
        Assert.Contains("from 16 use the Karnofsky scale", lanskyForAnAdult.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uninitialised_age_is_refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => PerformanceStatus.ForAge(90, TestValues.Uninitialised<AgeInYears>()));

        Assert.Equal("age", error.ParamName);
    }

    [Fact]
    public void A_status_round_trips_through_JSON_with_its_scale()
    {
        PerformanceStatus child = PerformanceStatus.ForAge(70, AgeInYears.From(9));
        PerformanceStatus adult = PerformanceStatus.ForAge(90, AgeInYears.From(40));

        Assert.Equal(child, Support.Json.RoundTrip(child));
        Assert.Equal(adult, Support.Json.RoundTrip(adult));
        Assert.IsType<PerformanceStatus.LanskyStatus>(Support.Json.RoundTrip(child));
    }
}
