using AllTx.Domain.Patients;
using AllTx.Domain.Registry;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Registry;

public sealed class HctCiFindingsTests
{
    [Theory]
    [InlineData(1.0, 1.0, null)]
    [InlineData(1.2, 1.0, HctComorbidity.HepaticMild)]
    [InlineData(1.5, 2.5, HctComorbidity.HepaticMild)]
    [InlineData(0.8, 2.6, HctComorbidity.HepaticModerateOrSevere)]
    [InlineData(1.6, 0.9, HctComorbidity.HepaticModerateOrSevere)]
    public void Liver_tests_in_multiples_of_the_ULN_give_the_hepatic_grade(decimal bilirubin, decimal aminotransferase, HctComorbidity? expected) =>
        Assert.Equal(expected, HctCiFindings.Hepatic(bilirubin, aminotransferase));

    [Theory]
    [InlineData(81, null)]
    [InlineData(80, HctComorbidity.PulmonaryModerate)]
    [InlineData(66, HctComorbidity.PulmonaryModerate)]
    [InlineData(65, HctComorbidity.PulmonarySevere)]
    [InlineData(40, HctComorbidity.PulmonarySevere)]
    public void The_lower_of_DLCO_and_FEV1_gives_the_pulmonary_grade(decimal percent, HctComorbidity? expected) =>
        Assert.Equal(expected, HctCiFindings.Pulmonary(percent));

    [Theory]
    [InlineData("2.0 mg/dL", null)]
    [InlineData("2.1 mg/dL", HctComorbidity.RenalModerateOrSevere)]
    [InlineData("176 umol/L", null)]
    [InlineData("200 umol/L", HctComorbidity.RenalModerateOrSevere)]
    public void Serum_creatinine_above_2_mg_per_dL_in_any_unit_is_renal_disease(string creatinine, HctComorbidity? expected) =>
        Assert.Equal(expected, HctCiFindings.Renal(Quantity.Parse(creatinine)));

    [Fact]
    public void A_BMI_above_35_is_obesity_and_an_ejection_fraction_of_50_percent_is_cardiac_disease()
    {
        Assert.Equal(HctComorbidity.Obesity, HctCiFindings.Obesity(BodyWeight.From(110m), BodyHeight.From(175m)));
        Assert.Null(HctCiFindings.Obesity(BodyWeight.From(107m), BodyHeight.From(175m)));
        Assert.Equal(HctComorbidity.Cardiac, HctCiFindings.Cardiac(50m));
        Assert.Null(HctCiFindings.Cardiac(55m));
    }

    [Fact]
    public void A_patient_built_from_measurements_scores_by_the_published_weights()
    {
        // Bilirubin 1.8 x ULN (moderate/severe hepatic, 3), FEV1 70 % (moderate pulmonary, 2), creatinine 2.3 mg/dL (renal, 2).
        HctComorbidity?[] found = [HctCiFindings.Hepatic(1.8m, 1.2m), HctCiFindings.Pulmonary(70m), HctCiFindings.Renal(Quantity.Parse("2.3 mg/dL")), HctCiFindings.Cardiac(60m)];

        HctCiAssessment assessment = HctCiAssessment.Of(found.OfType<HctComorbidity>());

        Assert.Equal(7, assessment.Score);
        Assert.Equal(HctCiRiskGroup.High, assessment.RiskGroup);
    }

    [Fact]
    public void Impossible_measurements_are_refused_naming_the_parameter()
    {
        Assert.Equal("bilirubinTimesUpperLimit", Assert.Throws<DomainValidationException>(() => HctCiFindings.Hepatic(-1m, 1m)).ParamName);
        Assert.Equal("ejectionFractionPercent", Assert.Throws<DomainValidationException>(() => HctCiFindings.Cardiac(120m)).ParamName);
        Assert.Throws<IncommensurableUnitsException>(() => HctCiFindings.Renal(Quantity.Parse("2 mg")));
    }
}
