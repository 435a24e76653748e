using AllTx.Domain.Laboratory;
using AllTx.Domain.Toxicity;
using AllTx.Domain.Transplant;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Toxicity;

public class SosVodDiagnosticCriteriaTests
{
    [Theory]
    [InlineData(21, 2.0, true, true, 0.0, true)]
    [InlineData(0, 2.0, true, false, 5.1, true)]
    [InlineData(22, 2.0, true, true, 0.0, false)]
    [InlineData(21, 1.9, true, true, 10.0, false)]
    [InlineData(21, 2.0, true, false, 5.0, false)]
    [InlineData(21, 2.0, false, true, 5.1, true)]
    [InlineData(21, 8.0, false, false, 20.0, false)]
    public void Baltimore_needs_day_21_or_earlier_bilirubin_2_mg_per_dL_and_two_of_hepatomegaly_ascites_weight_gain_above_5_percent(
        int day, double bilirubin, bool hepatomegaly, bool ascites, double weightGain, bool met)
    {
        SosVodDiagnosis diagnosis = SosVodDiagnosticCriteria.Baltimore(Findings(day, bilirubin, hepatomegaly, ascites, weightGain));

        Assert.Equal(met, diagnosis.IsMet);
        Assert.Equal(SosVodCriteria.Baltimore, diagnosis.Criteria);
        Assert.Null(diagnosis.Onset);
    }

    [Theory]
    [InlineData(34.2, true)]
    [InlineData(33.0, false)]
    public void Bilirubin_in_umol_per_L_is_compared_at_2_mg_per_dL(double micromolesPerLitre, bool met)
    {
        SosVodFindings findings = SosVodFindings.Of(TransplantDay.Of(10), LabValue.Of(LabAnalyte.TotalBilirubin, (decimal)micromolesPerLitre, Unit.MicromolePerLitre), true, true, 0m);

        Assert.Equal(met, SosVodDiagnosticCriteria.Baltimore(findings).IsMet);
    }

    [Theory]
    [InlineData(21, SosVodOnset.Classical)]
    [InlineData(22, SosVodOnset.LateOnset)]
    public void EBMT_adult_classical_onset_runs_to_day_21_and_late_onset_starts_on_day_22(int day, SosVodOnset onset)
    {
        SosVodDiagnosis diagnosis = SosVodDiagnosticCriteria.EbmtAdult2016(Findings(day, 2.0, true, true, 0.0));

        Assert.True(diagnosis.IsMet);
        Assert.Equal(onset, diagnosis.Onset);
    }

    [Fact]
    public void EBMT_adult_classical_onset_is_the_Baltimore_rule()
    {
        Assert.False(SosVodDiagnosticCriteria.EbmtAdult2016(Findings(10, 1.5, true, true, 6.0, evidence: true)).IsMet);
    }

    [Theory]
    [InlineData(1.0, true, true, 0.0, false, true, true)]
    [InlineData(1.0, true, true, 0.0, true, false, true)]
    [InlineData(2.5, false, false, 6.0, true, false, true)]
    [InlineData(1.0, true, true, 0.0, false, false, false)]
    [InlineData(1.0, true, false, 0.0, true, false, false)]
    [InlineData(1.0, false, false, 0.0, false, true, true)]
    public void EBMT_adult_late_onset_is_Baltimore_histology_or_two_signs_with_haemodynamic_or_ultrasound_evidence(
        double bilirubin, bool hepatomegaly, bool ascites, double weightGain, bool evidence, bool histology, bool met)
    {
        SosVodDiagnosis diagnosis = SosVodDiagnosticCriteria.EbmtAdult2016(Findings(30, bilirubin, hepatomegaly, ascites, weightGain, evidence, histology));

        Assert.Equal(met, diagnosis.IsMet);
        Assert.Equal(SosVodOnset.LateOnset, diagnosis.Onset);
    }

    [Fact]
    public void Diagnose_applies_the_named_set_and_the_diagnosis_names_it()
    {
        SosVodFindings late = Findings(30, 2.0, true, true, 0.0);

        Assert.False(SosVodDiagnosticCriteria.Diagnose(SosVodCriteria.Baltimore, late).IsMet);
        SosVodDiagnosis ebmt = SosVodDiagnosticCriteria.Diagnose(SosVodCriteria.EbmtAdult2016, late);
        Assert.True(ebmt.IsMet);
        Assert.StartsWith("SOS/VOD by EbmtAdult2016 (LateOnset): day +30: late-onset", ebmt.ToString(), StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => SosVodDiagnosticCriteria.Diagnose((SosVodCriteria)0, late));
    }

    [Fact]
    public void Findings_before_day_0_are_refused()
    {
        Assert.Equal("day", Assert.Throws<DomainValidationException>(() => Findings(-1, 2.0, true, true, 0.0)).ParamName);
    }

    [Fact]
    public void A_lab_value_other_than_total_bilirubin_is_refused()
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() =>
            SosVodFindings.Of(TransplantDay.Of(5), LabValue.Of(LabAnalyte.SerumCreatinine, 2m, Unit.MilligramPerDecilitre), true, true, 0m));

        Assert.Equal("totalBilirubin", error.ParamName);
        Assert.Equal("SerumCreatinine", error.Value);
    }

    private static SosVodFindings Findings(int day, double bilirubin, bool hepatomegaly, bool ascites, double weightGain, bool evidence = false, bool histology = false) =>
        SosVodFindings.Of(
            TransplantDay.Of(day),
            LabValue.Of(LabAnalyte.TotalBilirubin, (decimal)bilirubin, Unit.MilligramPerDecilitre),
            hepatomegaly,
            ascites,
            (decimal)weightGain,
            histologicallyProven: histology,
            haemodynamicOrUltrasoundEvidence: evidence);
}
