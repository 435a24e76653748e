using AllTx.Domain.Registry;

namespace AllTx.Domain.Tests.Registry;

public sealed class HctCiTests
{
    [Theory]
    [InlineData(HctComorbidity.Arrhythmia, 1)]
    [InlineData(HctComorbidity.Cardiac, 1)]
    [InlineData(HctComorbidity.InflammatoryBowelDisease, 1)]
    [InlineData(HctComorbidity.Diabetes, 1)]
    [InlineData(HctComorbidity.CerebrovascularDisease, 1)]
    [InlineData(HctComorbidity.PsychiatricDisturbance, 1)]
    [InlineData(HctComorbidity.HepaticMild, 1)]
    [InlineData(HctComorbidity.Obesity, 1)]
    [InlineData(HctComorbidity.Infection, 1)]
    [InlineData(HctComorbidity.Rheumatologic, 2)]
    [InlineData(HctComorbidity.PepticUlcer, 2)]
    [InlineData(HctComorbidity.RenalModerateOrSevere, 2)]
    [InlineData(HctComorbidity.PulmonaryModerate, 2)]
    [InlineData(HctComorbidity.PriorSolidTumour, 3)]
    [InlineData(HctComorbidity.HeartValveDisease, 3)]
    [InlineData(HctComorbidity.PulmonarySevere, 3)]
    [InlineData(HctComorbidity.HepaticModerateOrSevere, 3)]
    public void Each_comorbidity_carries_the_weight_Sorror_2005_publishes(HctComorbidity comorbidity, int weight)
    {
        Assert.Equal(weight, HctCiCatalogue.Of(comorbidity).Weight);
        Assert.Equal(weight, HctCiAssessment.Of(comorbidity).Score);
    }

    [Fact]
    public void The_table_holds_the_17_comorbidities_once_each_with_their_definitions()
    {
        Assert.Equal(17, HctCiCatalogue.All.Count);
        Assert.Equal(Enum.GetValues<HctComorbidity>().Order(), HctCiCatalogue.All.Select(entry => entry.Comorbidity).Order());
        Assert.All(HctCiCatalogue.All, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Definition)));
        Assert.Contains("creatinine > 2 mg/dL", HctCiCatalogue.Of(HctComorbidity.RenalModerateOrSevere).Definition, StringComparison.Ordinal);
        Assert.Contains("DLCO and/or FEV1 <= 65 %", HctCiCatalogue.Of(HctComorbidity.PulmonarySevere).Definition, StringComparison.Ordinal);
        Assert.Contains("body mass index > 35", HctCiCatalogue.Of(HctComorbidity.Obesity).Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_without_comorbidities_scores_0_and_is_low_risk()
    {
        Assert.Equal(0, HctCiAssessment.NoComorbidities.Score);
        Assert.Equal(HctCiRiskGroup.Low, HctCiAssessment.Of().RiskGroup);
        Assert.Equal("HCT-CI 0 (Low): no comorbidity", HctCiAssessment.NoComorbidities.ToString());
    }

    // Worked examples: patients whose score the paper's definitions fix.
    [Fact]
    public void Obesity_with_a_BMI_of_37_alone_scores_1_intermediate()
    {
        HctCiAssessment assessment = HctCiAssessment.Of(HctComorbidity.Obesity);

        Assert.Equal(1, assessment.Score);
        Assert.Equal(HctCiRiskGroup.Intermediate, assessment.RiskGroup);
    }

    [Fact]
    public void Rheumatoid_arthritis_alone_scores_2_still_intermediate()
    {
        HctCiAssessment assessment = HctCiAssessment.Of(HctComorbidity.Rheumatologic);

        Assert.Equal(2, assessment.Score);
        Assert.Equal(HctCiRiskGroup.Intermediate, assessment.RiskGroup);
    }

    [Fact]
    public void An_FEV1_of_72_percent_with_antifungal_treatment_continued_after_day_0_scores_3_high()
    {
        HctCiAssessment assessment = HctCiAssessment.Of(HctComorbidity.PulmonaryModerate, HctComorbidity.Infection);

        Assert.Equal(3, assessment.Score);
        Assert.Equal(HctCiRiskGroup.High, assessment.RiskGroup);
    }

    [Fact]
    public void Insulin_treated_diabetes_and_a_breast_cancer_treated_years_ago_score_4_high_and_name_their_weights()
    {
        HctCiAssessment assessment = HctCiAssessment.Of(HctComorbidity.PriorSolidTumour, HctComorbidity.Diabetes);

        Assert.Equal(4, assessment.Score);
        Assert.Equal(HctCiRiskGroup.High, assessment.RiskGroup);
        Assert.Equal("HCT-CI 4 (High): Diabetes 1, PriorSolidTumour 3", assessment.ToString());
    }

    [Fact]
    public void Every_comorbidity_at_its_higher_grade_gives_the_maximum_of_26()
    {
        HctCiAssessment all = HctCiAssessment.Of(Enum.GetValues<HctComorbidity>().Except([HctComorbidity.HepaticMild, HctComorbidity.PulmonaryModerate]));

        Assert.Equal(26, all.Score);
    }

    [Theory]
    [InlineData(HctComorbidity.HepaticMild, HctComorbidity.HepaticModerateOrSevere)]
    [InlineData(HctComorbidity.PulmonarySevere, HctComorbidity.PulmonaryModerate)]
    public void Two_grades_of_one_organs_disease_are_refused_naming_both(HctComorbidity one, HctComorbidity other)
    {
        var error = Assert.Throws<DomainValidationException>(() => HctCiAssessment.Of(one, other));

        Assert.Equal(nameof(HctCiAssessment), error.Concept);
        Assert.Contains("one grade of an organ's disease", error.Rule, StringComparison.Ordinal);
        Assert.Contains(one.ToString(), error.Value, StringComparison.Ordinal);
        Assert.Contains(other.ToString(), error.Value, StringComparison.Ordinal);
        Assert.Equal("Comorbidities", error.ParamName);
    }

    [Fact]
    public void A_comorbidity_listed_twice_or_an_undeclared_value_is_refused()
    {
        Assert.Contains("Diabetes listed 2 times", Assert.Throws<DomainValidationException>(() => HctCiAssessment.Of(HctComorbidity.Diabetes, HctComorbidity.Diabetes)).Value, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => HctCiAssessment.Of((HctComorbidity)99));
        Assert.Throws<DomainValidationException>(() => HctCiCatalogue.Of((HctComorbidity)0));
    }

    [Fact]
    public void Equality_ignores_the_order_and_JSON_round_trips_without_the_computed_score()
    {
        HctCiAssessment assessment = HctCiAssessment.Of(HctComorbidity.PepticUlcer, HctComorbidity.Arrhythmia);
        string json = System.Text.Json.JsonSerializer.Serialize(assessment);

        Assert.Equal("""{"Comorbidities":["Arrhythmia","PepticUlcer"]}""", json);
        Assert.Equal(assessment, Support.Json.RoundTrip(assessment));
        Assert.Equal(assessment, System.Text.Json.JsonSerializer.Deserialize<HctCiAssessment>("""{"Comorbidities":["PepticUlcer","Arrhythmia"]}"""));
    }

    [Fact]
    public void JSON_with_two_pulmonary_grades_an_unknown_name_or_no_list_is_refused()
    {
        Assert.Contains("one grade of an organ's disease", Support.Json.Rejects<HctCiAssessment>("""{"Comorbidities":["PulmonaryModerate","PulmonarySevere"]}""").Message, StringComparison.Ordinal);
        Assert.Contains("HctComorbidity", Support.Json.Rejects<HctCiAssessment>("""{"Comorbidities":["Asthma"]}""").Message, StringComparison.Ordinal);
        Support.Json.Rejects<HctCiAssessment>("{}");
    }
}
