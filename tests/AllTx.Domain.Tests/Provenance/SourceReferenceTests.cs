using System.Text.Json;

namespace AllTx.Domain.Tests.Provenance;

public class SourceReferenceTests
{
    [Fact]
    public void The_lookup_keys_are_read_from_the_citation()
    {
        Assert.Equal("10.1182/blood.2024024517", SourceReference.PostImmunotherapyRelapseHowITreat.Doi);
        Assert.Equal("30592986", SourceReference.AstctCrsIcansGrading2019.Pmid);
        Assert.Equal("NCT06507514", SourceReference.Nct06507514.ClinicalTrialsGovId);
        Assert.Null(SourceReference.MostellerBodySurfaceArea1987.Doi);
        Assert.Null(SourceReference.KymriahLabel.ClinicalTrialsGovId);
    }

    [Fact]
    public void A_teams_choice_says_so_in_its_citation_and_a_published_source_is_not_one()
    {
        SourceReference choice = SourceReference.TeamChoice("a local threshold");

        Assert.True(choice.IsTeamChoice);
        Assert.StartsWith(SourceReference.TeamChoicePrefix, choice.Citation, StringComparison.Ordinal);
        Assert.True(SourceReference.DiseaseStatusCategories.IsTeamChoice);
        Assert.False(SourceReference.InotuzumabLabel.IsTeamChoice);
        Assert.False(SourceReference.Of("Local protocol ALL-2026").IsTeamChoice);
        Assert.Throws<DomainValidationException>(() => SourceReference.TeamChoice(" "));
    }

    [Fact]
    public void JSON_carries_the_citation_only_and_round_trips_to_an_equal_entry()
    {
        string json = JsonSerializer.Serialize(SourceReference.AstctCrsIcansGrading2019);

        Assert.Equal("{\"Citation\":" + JsonSerializer.Serialize(SourceReference.AstctCrsIcansGrading2019.Citation) + "}", json);
        Assert.Equal(SourceReference.AstctCrsIcansGrading2019, JsonSerializer.Deserialize<SourceReference>(json));
    }
}
