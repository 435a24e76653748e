using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Mrd;
using AllTx.Domain.Radiotherapy;
using AllTx.Domain.Response;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.Transplant;

public class StemCellTransplantTests
{
    private static readonly ConditioningRegimen FluCy = ConditioningRegimen.Of(
        ConditioningIntensity.ReducedIntensity,
        TotalBodyIrradiation.Of(RadiationDose.Fractionated(2m, 1)),
        DosedDrug.Of(StandardDrugs.Fludarabine, Dose.PerBodySurfaceArea(30m, DoseUnit.Parse("mg/m2"))),
        DosedDrug.Of(StandardDrugs.Cyclophosphamide, Dose.PerBodyWeight(50m, DoseUnit.Parse("mg/kg"))));

    private static readonly TransplantTimeline Timeline = TransplantTimeline.StartingOn(new DateOnly(2025, 3, 1));

    private static readonly MrdResult NegativeMrd = MrdResult.Create(
        MrdMethod.NextGenerationSequencingIgTr, MrdSpecimen.BoneMarrow, new DateOnly(2025, 2, 10), new MrdOutcome.Negative(AssaySensitivity.From(0.000001m)));

    private static StemCellTransplant Haplo() => StemCellTransplant.Allogeneic(
        DonorType.Haploidentical, HlaMatch.From("5/10"), GraftSource.PeripheralBloodStemCells, FluCy,
        [GvhdProphylaxis.PostTransplantCyclophosphamide], 1, Timeline, DiseaseStatus.InRemission, RemissionNumber.First, NegativeMrd);

    [Theory]
    [InlineData("8/8", 8, 8, true)]
    [InlineData("10/10", 10, 10, true)]
    [InlineData("9/10", 9, 10, false)]
    [InlineData("4/6", 4, 6, false)]
    public void HlaMatch_reads_matched_over_typed_alleles(string text, int matched, int total, bool full)
    {
        HlaMatch match = HlaMatch.From(text);

        Assert.Equal((matched, total, full), (match.Matched, match.Total, match.IsFullMatch));
        Assert.Equal(text, match.ToString());
    }

    [Fact]
    public void HlaMatch_is_built_from_its_counts_and_ignores_white_space()
    {
        Assert.Equal(HlaMatch.From("9/10"), HlaMatch.Of(9, 10));
        Assert.Equal("9/10", HlaMatch.From(TestValues.AtRunTime(" 9 / 10 ")).Value);
        Assert.Equal("\"8/8\"", System.Text.Json.JsonSerializer.Serialize(HlaMatch.Of(8, 8)));
    }

    [Theory]
    [InlineData("9/8", "'9/8' is not a valid HlaMatch: matched alleles must not exceed the typed alleles.")]
    [InlineData("7/9", "'7/9' is not a valid HlaMatch: must match the pattern ^([0-9]|1[0-2])/(6|8|10|12)$.")]
    [InlineData("8 of 8", "'8of8' is not a valid HlaMatch: must match the pattern ^([0-9]|1[0-2])/(6|8|10|12)$.")]
    public void HlaMatch_refuses_impossible_matches(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<ValueObjectValidationException>(() => HlaMatch.From(text)).Message);
    }

    [Fact]
    public void HlaMatch_in_json_is_checked_like_From()
    {
        Assert.Equal("'13/12' is not a valid HlaMatch: must match the pattern ^([0-9]|1[0-2])/(6|8|10|12)$.", Support.Json.Rejects<HlaMatch>("\"13/12\"").Message);
        Assert.Equal("'11/10' is not a valid HlaMatch: matched alleles must not exceed the typed alleles.", Assert.Throws<ValueObjectValidationException>(() => HlaMatch.Of(11, 10)).Message);
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

        StemCellTransplant read = Support.Json.RoundTrip(transplant);

        Assert.Equal(transplant.ToString(), read.ToString());
        Assert.Equal(transplant.GvhdProphylaxis, read.GvhdProphylaxis);
        Assert.Equal(transplant.MrdAtTransplant, read.MrdAtTransplant);
        Assert.Equal(transplant.Conditioning.ToString(), read.Conditioning.ToString());
        string json = System.Text.Json.JsonSerializer.Serialize(transplant).Replace("\"Allogeneic\"", "\"Autologous\"", StringComparison.Ordinal);
        Assert.Contains("an autologous transplant has no Donor", Support.Json.Rejects<StemCellTransplant>(json).Message, StringComparison.Ordinal);
    }
}
