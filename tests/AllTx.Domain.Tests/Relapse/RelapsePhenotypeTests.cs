using AllTx.Domain.Disease;
using AllTx.Domain.Relapse;

namespace AllTx.Domain.Tests.Relapse;

public class RelapsePhenotypeTests
{
    private static RelapseImmunophenotype Findings(ExpressionLevel? cd19, MyeloidMarkers? myeloid) =>
        new(cd19, myeloid, PriorCd19DirectedTherapy.Cd19CarT);

    [Fact]
    public void CD19_positive_blasts_without_myeloid_markers_are_a_CD19_positive_relapse_with_their_evidence()
    {
        var result = RelapsePhenotypeClassifier.Classify(Findings(ExpressionLevel.Positive, MyeloidMarkers.Absent));

        Assert.True(result.IsT0);
        Assert.Equal(PriorCd19DirectedTherapy.Cd19CarT, result.AsT0.Evidence.PriorTherapy);
    }

    [Fact]
    public void CD19_negative_blasts_without_myeloid_markers_are_antigen_escape()
    {
        Assert.True(RelapsePhenotypeClassifier.Classify(Findings(ExpressionLevel.Negative, MyeloidMarkers.Absent)).IsT1);
    }

    [Fact]
    public void CD19_negative_blasts_with_myeloid_markers_are_a_lineage_switch()
    {
        Assert.True(RelapsePhenotypeClassifier.Classify(Findings(ExpressionLevel.Negative, MyeloidMarkers.Present)).IsT2);
    }

    [Theory]
    [InlineData(null, MyeloidMarkers.Absent, MissingFinding.Cd19Expression, "not assessed")]
    [InlineData(ExpressionLevel.Negative, null, MissingFinding.MyeloidMarkers, "lineage switch cannot be excluded")]
    [InlineData(null, null, MissingFinding.Cd19Expression | MissingFinding.MyeloidMarkers, "not assessed")]
    [InlineData(ExpressionLevel.Dim, MyeloidMarkers.Absent, MissingFinding.None, "dim")]
    [InlineData(ExpressionLevel.Positive, MyeloidMarkers.Present, MissingFinding.None, "mixed phenotype")]
    public void Missing_or_conflicting_findings_are_indeterminate_and_say_why(ExpressionLevel? cd19, MyeloidMarkers? myeloid, MissingFinding missing, string reason)
    {
        var result = RelapsePhenotypeClassifier.Classify(Findings(cd19, myeloid));

        Assert.True(result.IsT3);
        Assert.Equal(missing, result.AsT3.Missing);
        Assert.Contains(reason, result.AsT3.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Salvage_options_per_phenotype_come_with_their_sources()
    {
        RelapseImmunophenotype evidence = Findings(ExpressionLevel.Negative, MyeloidMarkers.Absent);

        IReadOnlyList<SalvageOption> negative = SalvageCatalogue.OptionsFor(new RelapsePhenotype.Cd19NegativeRelapse(evidence));

        Assert.Contains(negative, option => option.Name == "CD22 CAR T cells" && option.Source == SourceReference.SalvageOptionsByPhenotype && option.Source.IsTeamChoice);
        Assert.Contains(negative, option => option.Name == "inotuzumab ozogamicin (CD22-targeted)" && option.Source == SourceReference.RelapsePreventionAfterHsct);
        Assert.Contains(negative, option => option.Name.StartsWith("BAFF-R", StringComparison.Ordinal) && option.Source == SourceReference.RelapsePreventionAfterHsct);
        Assert.Contains(SalvageCatalogue.OptionsFor(new RelapsePhenotype.Cd19PositiveRelapse(evidence)), option => option.Name == "CD19 CAR T-cell re-infusion");
        Assert.Contains(SalvageCatalogue.OptionsFor(new RelapsePhenotype.LineageSwitch(evidence)), option => option.Name == "AML-directed therapy");
        Assert.All(SalvageCatalogue.Cd19Positive.Concat(SalvageCatalogue.Cd19Negative).Concat(SalvageCatalogue.LineageSwitch), option => Assert.NotNull(option.Source));
    }

    [Fact]
    public void Relapses_round_trip_through_JSON_with_a_kind_and_unknown_kinds_are_rejected()
    {
        RelapseEvent relapse = RelapseEvent.Create(new RelapsePhenotype.LineageSwitch(Findings(ExpressionLevel.Negative, MyeloidMarkers.Present)), RelapseTiming.PostCarT, RelapseSite.Marrow, RelapseDepth.Haematological, new DateOnly(2026, 5, 4));
        string json = System.Text.Json.JsonSerializer.Serialize(relapse);

        Assert.Contains("\"kind\":\"lineageSwitch\"", json, StringComparison.Ordinal);
        Assert.Equal(relapse, Support.Json.RoundTrip(relapse));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<RelapseEvent>(json.Replace("lineageSwitch", "mixedPhenotype", StringComparison.Ordinal)));
        Assert.Contains("Phenotype", Support.Json.Rejects<RelapseEvent>("""{"Timing":"PostCarT","Site":"Marrow","Depth":"Molecular","Date":"2026-05-04"}""").Message, StringComparison.Ordinal);
    }
}
