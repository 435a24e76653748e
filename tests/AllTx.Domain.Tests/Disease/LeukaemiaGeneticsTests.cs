using AllTx.Domain.Disease;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Tests.Disease;

public sealed class LeukaemiaGeneticsTests
{
    private static Diagnosis DiagnosisWith(PhiladelphiaStatus philadelphia, Kmt2aStatus kmt2a) =>
        Diagnosis.Create(Lineage.BAll, philadelphia, kmt2a, RiskGroup.High, AgeBand.Adult, ExtramedullaryDisease.Absent, BlastPercentage.From(60m), []);

    [Theory]
    [InlineData(GeneticAlterations.BcrAbl1Fusion | GeneticAlterations.Ikzf1Deletion, PhiladelphiaStatus.Positive)]
    [InlineData(GeneticAlterations.BcrAbl1Like, PhiladelphiaStatus.PhLike)]
    [InlineData(GeneticAlterations.Etv6Runx1Fusion | GeneticAlterations.HighHyperdiploidy, PhiladelphiaStatus.Negative)]
    [InlineData(GeneticAlterations.None, PhiladelphiaStatus.Negative)]
    public void The_Philadelphia_status_follows_from_BCR_ABL1_and_Ph_like_findings(GeneticAlterations alterations, PhiladelphiaStatus expected) =>
        Assert.Equal(expected, LeukaemiaGenetics.Of(alterations).PhiladelphiaStatus);

    [Fact]
    public void The_KMT2A_status_follows_from_a_KMT2A_rearrangement()
    {
        Assert.Equal(Kmt2aStatus.Rearranged, LeukaemiaGenetics.Of(GeneticAlterations.Kmt2aRearrangement).Kmt2a);
        Assert.Equal(Kmt2aStatus.NotRearranged, LeukaemiaGenetics.Of(GeneticAlterations.Iamp21).Kmt2a);
    }

    [Fact]
    public void Ph_positive_with_Ph_like_features_is_refused_as_a_contradiction()
    {
        var error = Assert.Throws<DomainValidationException>(() => LeukaemiaGenetics.Of(GeneticAlterations.BcrAbl1Fusion | GeneticAlterations.BcrAbl1Like));

        Assert.Contains("absence of BCR::ABL1", error.Rule, StringComparison.Ordinal);
        Assert.Equal("Alterations", error.ParamName);
    }

    [Theory]
    [InlineData(GeneticAlterations.LowHypodiploidy | GeneticAlterations.HighHyperdiploidy)]
    [InlineData(GeneticAlterations.NearHaploidy | GeneticAlterations.LowHypodiploidy)]
    public void Two_ploidy_classes_are_refused(GeneticAlterations alterations) =>
        Assert.Contains("at most one ploidy class", Assert.Throws<DomainValidationException>(() => LeukaemiaGenetics.Of(alterations)).Rule, StringComparison.Ordinal);

    [Fact]
    public void Low_hypodiploidy_with_TP53_and_an_undeclared_flag()
    {
        LeukaemiaGenetics genetics = LeukaemiaGenetics.Of(GeneticAlterations.LowHypodiploidy | GeneticAlterations.Tp53Alteration);

        Assert.Equal([GeneticAlterations.LowHypodiploidy, GeneticAlterations.Tp53Alteration], genetics.Found());
        Assert.Throws<DomainValidationException>(() => LeukaemiaGenetics.Of((GeneticAlterations)4096));
    }

    [Fact]
    public void A_diagnosis_that_contradicts_the_findings_is_refused_and_one_that_agrees_passes()
    {
        LeukaemiaGenetics phPositive = LeukaemiaGenetics.Of(GeneticAlterations.BcrAbl1Fusion);

        phPositive.CheckAgainst(DiagnosisWith(PhiladelphiaStatus.Positive, Kmt2aStatus.NotTested));
        var philadelphia = Assert.Throws<DomainValidationException>(() => phPositive.CheckAgainst(DiagnosisWith(PhiladelphiaStatus.Negative, Kmt2aStatus.NotRearranged)));
        var kmt2a = Assert.Throws<DomainValidationException>(() => phPositive.CheckAgainst(DiagnosisWith(PhiladelphiaStatus.Positive, Kmt2aStatus.Rearranged)));

        Assert.Equal("Negative", philadelphia.Value);
        Assert.Equal("PhiladelphiaStatus", philadelphia.ParamName);
        Assert.Equal("Kmt2a", kmt2a.ParamName);
    }

    [Fact]
    public void Genetics_round_trip_through_JSON_as_names_and_contradictions_are_refused()
    {
        LeukaemiaGenetics genetics = LeukaemiaGenetics.Of(GeneticAlterations.BcrAbl1Fusion | GeneticAlterations.Ikzf1Deletion);

        Assert.Equal("""{"Alterations":"BcrAbl1Fusion, Ikzf1Deletion"}""", System.Text.Json.JsonSerializer.Serialize(genetics));
        Assert.Equal(genetics, Support.Json.RoundTrip(genetics));
        Assert.Contains("absence of BCR::ABL1", Support.Json.Rejects<LeukaemiaGenetics>("""{"Alterations":"BcrAbl1Fusion, BcrAbl1Like"}""").Message, StringComparison.Ordinal);
    }
}
