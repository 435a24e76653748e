using AllTx.Domain.Disease;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Tests.Disease;

public class DiagnosisTests
{
    private static Diagnosis PhPositive(params AntigenExpression[] antigens) =>
        Diagnosis.Create(Lineage.BAll, PhiladelphiaStatus.Positive, Kmt2aStatus.NotRearranged, RiskGroup.High, AgeBand.Adult, ExtramedullaryDisease.Absent, BlastPercentage.From(82m), antigens);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void BlastPercentage_rejects_values_outside_0_to_100(decimal percent)
    {
        Assert.Contains("is not a valid BlastPercentage: must be at least 0 and at most 100.", Assert.Throws<ValueObjectValidationException>(() => BlastPercentage.From(percent)).Message, StringComparison.Ordinal);
        Assert.Contains("is not a valid PercentPositive: must be at least 0 and at most 100.", Assert.Throws<ValueObjectValidationException>(() => PercentPositive.From(percent)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnosis_keeps_antigen_expression_with_percentages_and_finds_it_by_antigen()
    {
        Diagnosis diagnosis = PhPositive(AntigenExpression.Of(SurfaceAntigen.Cd19, ExpressionLevel.Positive, PercentPositive.From(98m)), AntigenExpression.Of(SurfaceAntigen.Cd22, ExpressionLevel.Dim));

        Assert.Equal(ExpressionLevel.Dim, diagnosis.ExpressionOf(SurfaceAntigen.Cd22)!.Level);
        Assert.Equal(PercentPositive.From(98m), diagnosis.ExpressionOf(SurfaceAntigen.Cd19)!.PercentPositive);
        Assert.Null(diagnosis.ExpressionOf(SurfaceAntigen.BaffR));
    }

    [Fact]
    public void An_antigen_listed_twice_and_undefined_values_are_rejected()
    {
        Assert.Contains("each antigen at most once", Assert.Throws<DomainValidationException>(() => PhPositive(AntigenExpression.Of(SurfaceAntigen.Cd19, ExpressionLevel.Positive), AntigenExpression.Of(SurfaceAntigen.Cd19, ExpressionLevel.Negative))).Message, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => AntigenExpression.Of((SurfaceAntigen)9, ExpressionLevel.Positive));
        Assert.Throws<DomainValidationException>(() => Diagnosis.Create((Lineage)0, PhiladelphiaStatus.Negative, Kmt2aStatus.NotTested, RiskGroup.Standard, AgeBand.Paediatric, ExtramedullaryDisease.Absent, BlastPercentage.From(50m), []));
    }

    [Fact]
    public void A_diagnosis_round_trips_through_JSON_and_invalid_JSON_is_rejected()
    {
        Diagnosis diagnosis = PhPositive(AntigenExpression.Of(SurfaceAntigen.Cd19, ExpressionLevel.Positive, PercentPositive.From(98m)));
        string json = System.Text.Json.JsonSerializer.Serialize(diagnosis);

        Assert.Equal(diagnosis, Support.Json.RoundTrip(diagnosis));
        Assert.Contains("'182' is not a valid BlastPercentage: must be at least 0 and at most 100", Support.Json.Rejects<Diagnosis>(json.Replace("\"MarrowBlasts\":82", "\"MarrowBlasts\":182", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Support.Json.Rejects<Diagnosis>(json.Replace("\"PhLike\"", "\"Ph+\"", StringComparison.Ordinal).Replace("\"Positive\",\"Kmt2a\"", "\"Ph+\",\"Kmt2a\"", StringComparison.Ordinal));
    }
}
