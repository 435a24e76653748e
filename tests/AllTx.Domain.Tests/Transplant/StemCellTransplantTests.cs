using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Mrd;
using AllTx.Domain.Response;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.Transplant;

public class StemCellTransplantTests
{
    private static readonly ConditioningRegimen FluCy = ConditioningRegimen.Of(
        ConditioningIntensity.ReducedIntensity,
        TotalBodyIrradiation.Of(2m, 1),
        DosedDrug.Of(StandardDrugs.Fludarabine, Dose.PerBodySurfaceArea(30m, DoseUnit.Parse("mg/m2"))),
        DosedDrug.Of(StandardDrugs.Cyclophosphamide, Dose.PerBodyWeight(50m, DoseUnit.Parse("mg/kg"))));

    private static readonly TransplantTimeline Timeline = TransplantTimeline.StartingOn(new DateOnly(2025, 3, 1));

    private static readonly MrdResult NegativeMrd = MrdResult.Create(
        MrdMethod.NextGenerationSequencingIgTr, MrdSpecimen.BoneMarrow, new DateOnly(2025, 2, 10), new MrdOutcome.Negative(AssaySensitivity.From(0.000001m)));

    private static StemCellTransplant Haplo() => StemCellTransplant.Allogeneic(
        DonorType.Haploidentical, HlaMatch.Parse("5/10"), GraftSource.PeripheralBloodStemCells, FluCy,
        [GvhdProphylaxis.PostTransplantCyclophosphamide], 1, Timeline, DiseaseStatus.InRemission, RemissionNumber.First, NegativeMrd);

    [Theory]
    [InlineData("8/8", 8, 8, true)]
    [InlineData("10/10", 10, 10, true)]
    [InlineData("9/10", 9, 10, false)]
    [InlineData("4/6", 4, 6, false)]
    public void HlaMatch_reads_matched_over_typed_alleles(string text, int matched, int total, bool full)
    {
        HlaMatch match = HlaMatch.Parse(text);

        Assert.Equal((matched, total, full), (match.Matched, match.Total, match.IsFullMatch));
        Assert.Equal(text, match.ToString());
    }

    [Theory]
    [InlineData("9/8", "matched must be between 0 and the total")]
    [InlineData("7/9", "total must be 6, 8, 10 or 12")]
    [InlineData("8 of 8", "must be written matched/total")]
    public void HlaMatch_refuses_impossible_matches(string text, string rule)
    {
        Assert.Contains(rule, Assert.Throws<DomainValidationException>(() => HlaMatch.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allogeneic_transplant_keeps_donor_match_graft_conditioning_and_status()
    {
        StemCellTransplant transplant = Haplo();

        Assert.Equal("allogeneic HSCT #1 (Haploidentical, 5/10, PeripheralBloodStemCells), day 0 2025-03-01", transplant.ToString());
        Assert.True(transplant.Conditioning.IsTbiBased);
        Assert.Equal("ReducedIntensity: fludarabine 30 mg/m2, cyclophosphamide 50 mg/kg, TBI 2 Gy in 1 fraction", transplant.Conditioning.ToString());
    }

    [Fact]
    public void A_conditioning_drug_in_a_unit_of_the_wrong_kind_is_refused()
    {
        Assert.Throws<DoseUnitNotAllowedException>(() => DosedDrug.Of(StandardDrugs.Fludarabine, Dose.Fixed(30m, DoseUnit.Parse("mg"))));
    }

    [Fact]
    public void Inconsistent_transplants_are_refused_naming_the_rule()
    {
        Assert.Contains("cord blood donor goes with a cord blood graft", Assert.Throws<DomainValidationException>(() => StemCellTransplant.Allogeneic(
            DonorType.CordBlood, null, GraftSource.BoneMarrow, FluCy, [], 1, Timeline, DiseaseStatus.InRemission, RemissionNumber.Second)).Message, StringComparison.Ordinal);
        Assert.Contains("Remission (CR1, CR2, CR≥3) is given exactly when", Assert.Throws<DomainValidationException>(() => StemCellTransplant.Autologous(
            GraftSource.PeripheralBloodStemCells, FluCy, 1, Timeline, DiseaseStatus.Refractory, RemissionNumber.First)).Message, StringComparison.Ordinal);
        Assert.Contains("TransplantNumber must be at least 1", Assert.Throws<DomainValidationException>(() => StemCellTransplant.Autologous(
            GraftSource.PeripheralBloodStemCells, FluCy, 0, Timeline, DiseaseStatus.InRemission, RemissionNumber.First)).Message, StringComparison.Ordinal);
        Assert.Contains("needs total body irradiation or at least one drug", Assert.Throws<DomainValidationException>(() => ConditioningRegimen.Of(ConditioningIntensity.Myeloablative, null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_through_json_and_rejects_an_autologous_transplant_with_a_donor()
    {
        StemCellTransplant transplant = Haplo();

        StemCellTransplant read = Json.RoundTrip(transplant);

        Assert.Equal(transplant.ToString(), read.ToString());
        Assert.Equal(transplant.GvhdProphylaxis, read.GvhdProphylaxis);
        Assert.Equal(transplant.MrdAtTransplant, read.MrdAtTransplant);
        Assert.Equal(transplant.Conditioning.ToString(), read.Conditioning.ToString());
        string json = System.Text.Json.JsonSerializer.Serialize(transplant).Replace("\"Allogeneic\"", "\"Autologous\"", StringComparison.Ordinal);
        Assert.Contains("an autologous transplant has no Donor", Json.Rejects<StemCellTransplant>(json).Message, StringComparison.Ordinal);
    }
}
