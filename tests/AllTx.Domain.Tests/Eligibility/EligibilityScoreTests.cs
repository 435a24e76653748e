using AllTx.Domain.Eligibility;

namespace AllTx.Domain.Tests.Eligibility;

public sealed class EligibilityScoreTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Ecog_performance_status_spans_0_to_5(int ecog) => Assert.Equal(ecog, EcogPerformanceStatus.From(ecog).Value);

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Ecog_performance_status_outside_0_to_5_is_refused_naming_the_rule(int ecog)
    {
        var error = Assert.Throws<ValueObjectValidationException>(() => EcogPerformanceStatus.From(TestValues.AtRunTime(ecog)));

        Assert.Contains("must be at least 0 and at most 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ctcae_grade_above_5_is_refused() =>
        Assert.Throws<ValueObjectValidationException>(() => CtcaeGrade.From(TestValues.AtRunTime(6)));

    [Fact]
    public void Facts_json_refuses_an_ecog_of_7_and_round_trips_a_valid_one()
    {
        var error = Support.Json.Rejects<EligibilityFacts>("""{"EcogPerformanceStatus":7}""");
        var facts = EligibilityFacts.None with { EcogPerformanceStatus = EcogPerformanceStatus.From(1), DyspnoeaGrade = CtcaeGrade.From(0) };

        Assert.Contains("EcogPerformanceStatus", error.Message, StringComparison.Ordinal);
        Assert.Equal(facts, Support.Json.RoundTrip(facts));
    }
}
