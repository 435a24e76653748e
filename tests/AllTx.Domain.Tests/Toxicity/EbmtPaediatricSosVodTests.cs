using AllTx.Domain.Laboratory;
using AllTx.Domain.Toxicity;
using AllTx.Domain.Transplant;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Toxicity;

public class EbmtPaediatricSosVodTests
{
    [Theory]
    [InlineData(true, false, 0.0, false, false, false, null, false)]
    [InlineData(true, false, 0.0, true, false, false, null, true)]
    [InlineData(false, true, 0.0, false, true, false, null, true)]
    [InlineData(false, false, 5.0, true, false, false, null, false)]
    [InlineData(false, false, 5.1, true, false, false, null, true)]
    [InlineData(false, false, 0.0, false, true, true, null, true)]
    [InlineData(false, false, 0.0, false, true, false, 2.0, true)]
    [InlineData(false, false, 0.0, false, true, false, 1.9, false)]
    public void Two_or_more_of_the_five_signs_make_SOS_VOD_in_children(
        bool thrombocytopenia, bool weightGainDespiteDiuretics, double weightGain, bool hepatomegaly, bool ascites, bool bilirubinRising, double? bilirubin, bool met)
    {
        SosVodDiagnosis diagnosis = EbmtPaediatricSosVodFindings.Of(
            thrombocytopenia,
            weightGainDespiteDiuretics,
            (decimal)weightGain,
            hepatomegaly,
            ascites,
            bilirubinRising,
            bilirubin is { } value ? LabValue.Of(LabAnalyte.TotalBilirubin, (decimal)value, Unit.MilligramPerDecilitre) : null).Diagnose();

        Assert.Equal(met, diagnosis.IsMet);
        Assert.Equal(SosVodCriteria.EbmtPaediatric2018, diagnosis.Criteria);
        Assert.Null(diagnosis.Onset);
    }

    [Fact]
    public void The_diagnosis_names_each_sign()
    {
        SosVodDiagnosis diagnosis = EbmtPaediatricSosVodFindings.Of(true, false, 0m, true, false, false, null).Diagnose();

        Assert.Equal("consumptive, transfusion-refractory thrombocytopenia: yes", diagnosis.Reasons[0]);
        Assert.Equal("2 of 5 signs; 2 needed", diagnosis.Reasons[^1]);
    }

    [Fact]
    public void A_lab_value_other_than_total_bilirubin_is_refused()
    {
        Assert.Equal("highestBilirubinInLast72Hours", Assert.Throws<DomainValidationException>(() =>
            EbmtPaediatricSosVodFindings.Of(false, false, 0m, false, false, false, LabValue.Of(LabAnalyte.SerumCreatinine, 2m, Unit.MilligramPerDecilitre))).ParamName);
    }

    [Fact]
    public void The_adult_findings_cannot_be_diagnosed_with_the_paediatric_criteria()
    {
        SosVodFindings adult = SosVodFindings.Of(TransplantDay.Of(10), LabValue.Of(LabAnalyte.TotalBilirubin, 2m, Unit.MilligramPerDecilitre), true, true, 0m);

        Assert.Equal("criteria", Assert.Throws<DomainValidationException>(() => SosVodDiagnosticCriteria.Diagnose(SosVodCriteria.EbmtPaediatric2018, adult)).ParamName);
    }
}
