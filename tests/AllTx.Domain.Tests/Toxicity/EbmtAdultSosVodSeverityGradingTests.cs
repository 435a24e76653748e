using AllTx.Domain.Laboratory;
using AllTx.Domain.Toxicity;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Toxicity;

public class EbmtAdultSosVodSeverityGradingTests
{
    [Theory]
    [InlineData(1.99, new SosVodSeverity[0])]
    [InlineData(2.0, new[] { SosVodSeverity.Mild })]
    [InlineData(2.99, new[] { SosVodSeverity.Mild })]
    [InlineData(3.0, new[] { SosVodSeverity.Moderate })]
    [InlineData(4.99, new[] { SosVodSeverity.Moderate })]
    [InlineData(5.0, new[] { SosVodSeverity.Severe })]
    [InlineData(7.99, new[] { SosVodSeverity.Severe })]
    [InlineData(8.0, new[] { SosVodSeverity.VerySevere })]
    public void Bilirubin_bands_are_2_3_5_and_8_mg_per_dL(double bilirubin, SosVodSeverity[] categories)
    {
        Assert.Equal(categories, CategoriesOf("bilirubin", Findings(bilirubin: bilirubin)));
    }

    [Fact]
    public void Bilirubin_in_umol_per_L_is_banded_at_the_same_thresholds()
    {
        EbmtAdultSosVodSeverityFindings findings = EbmtAdultSosVodSeverityFindings.Of(10, LabValue.Of(LabAnalyte.TotalBilirubin, 85.5m, Unit.MicromolePerLitre), false, 1m, 0m, 1m, false, 0);

        Assert.Equal([SosVodSeverity.Severe], CategoriesOf("bilirubin", findings));
    }

    [Theory]
    [InlineData(2.0, SosVodSeverity.Mild)]
    [InlineData(2.01, SosVodSeverity.Moderate)]
    [InlineData(5.0, SosVodSeverity.Moderate)]
    [InlineData(5.01, SosVodSeverity.Severe)]
    [InlineData(8.0, SosVodSeverity.Severe)]
    [InlineData(8.01, SosVodSeverity.VerySevere)]
    public void Transaminase_bands_are_2_5_and_8_times_normal(double times, SosVodSeverity category)
    {
        Assert.Equal([category], CategoriesOf("transaminases", Findings(transaminases: times)));
    }

    [Theory]
    [InlineData(4.99, new[] { SosVodSeverity.Mild })]
    [InlineData(5.0, new[] { SosVodSeverity.Moderate, SosVodSeverity.Severe })]
    [InlineData(9.99, new[] { SosVodSeverity.Moderate, SosVodSeverity.Severe })]
    [InlineData(10.0, new[] { SosVodSeverity.VerySevere })]
    public void Weight_bands_are_5_and_10_percent_and_5_to_10_counts_for_moderate_and_severe(double percent, SosVodSeverity[] categories)
    {
        Assert.Equal(categories, CategoriesOf("weight above baseline", Findings(weight: percent)));
    }

    [Theory]
    [InlineData(1.19, SosVodSeverity.Mild)]
    [InlineData(1.2, SosVodSeverity.Moderate)]
    [InlineData(1.49, SosVodSeverity.Moderate)]
    [InlineData(1.5, SosVodSeverity.Severe)]
    [InlineData(1.99, SosVodSeverity.Severe)]
    [InlineData(2.0, SosVodSeverity.VerySevere)]
    public void Renal_bands_are_1_2_1_5_and_2_times_baseline_creatinine(double times, SosVodSeverity category)
    {
        Assert.Equal([category], CategoriesOf("renal function", Findings(creatinine: times)));
    }

    [Theory]
    [InlineData(8, SosVodSeverity.Mild)]
    [InlineData(7, SosVodSeverity.Moderate)]
    [InlineData(5, SosVodSeverity.Moderate)]
    [InlineData(4, SosVodSeverity.Severe)]
    public void Time_since_first_symptoms_bands_are_over_7_5_to_7_and_4_or_fewer_days_and_any_time_for_very_severe(int days, SosVodSeverity category)
    {
        Assert.Equal([category, SosVodSeverity.VerySevere], CategoriesOf("time since first symptoms", Findings(days: days)));
    }

    [Fact]
    public void Bilirubin_doubling_within_48_hours_is_a_severe_criterion()
    {
        Assert.Equal([SosVodSeverity.Severe], CategoriesOf("bilirubin kinetics", Findings(doubled: true)));
        Assert.Empty(CategoriesOf("bilirubin kinetics", Findings()));
    }

    [Fact]
    public void The_grade_is_the_most_severe_category_that_two_criteria_meet()
    {
        Assert.Equal(SosVodSeverity.Mild, Grade(Findings()));
        Assert.Equal(SosVodSeverity.Moderate, Grade(Findings(days: 6, bilirubin: 3.5)));
        Assert.Equal(SosVodSeverity.Severe, Grade(Findings(days: 3, bilirubin: 3.5, doubled: true)));
        Assert.Equal(SosVodSeverity.Moderate, Grade(Findings(days: 10, bilirubin: 3.5, transaminases: 3)));
    }

    [Fact]
    public void One_very_severe_criterion_grades_very_severe_because_its_time_criterion_is_any_time()
    {
        Assert.Equal(SosVodSeverity.VerySevere, Grade(Findings(bilirubin: 8.0)));
        Assert.Equal(SosVodSeverity.VerySevere, Grade(Findings(creatinine: 2.0)));
    }

    [Fact]
    public void Multi_organ_dysfunction_is_always_very_severe()
    {
        Assert.Equal(SosVodSeverity.VerySevere, Grade(Findings(multiOrganDysfunction: true)));
    }

    [Theory]
    [InlineData(1, SosVodSeverity.Mild)]
    [InlineData(2, SosVodSeverity.Moderate)]
    public void Two_or_more_risk_factors_move_mild_up_to_moderate(int riskFactors, SosVodSeverity expected)
    {
        EbmtAdultSosVodSeverityGrading grading = EbmtAdultSosVodSeverityGrading.Of(Findings(riskFactors: riskFactors));

        Assert.Equal(SosVodSeverity.Mild, grading.SeverityBeforeRiskFactors);
        Assert.Equal(expected, grading.Severity);
    }

    [Fact]
    public void Two_or_more_risk_factors_move_moderate_to_severe_but_not_severe_to_very_severe()
    {
        Assert.Equal(SosVodSeverity.Severe, Grade(Findings(days: 6, bilirubin: 3.5, riskFactors: 2)));
        Assert.Equal(SosVodSeverity.Severe, Grade(Findings(days: 3, bilirubin: 3.5, doubled: true, riskFactors: 3)));
    }

    [Fact]
    public void The_grading_says_why()
    {
        string text = EbmtAdultSosVodSeverityGrading.Of(Findings(days: 6, bilirubin: 3.5, riskFactors: 2)).ToString();

        Assert.StartsWith("Severe (from Moderate, 2 risk factors): time since first symptoms: 6 days → Moderate and VerySevere; bilirubin: 3.5 mg/dL → Moderate", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 1.0, 1.0, 0, "daysSinceFirstSymptoms")]
    [InlineData(1, -0.1, 1.0, 0, "transaminasesTimesNormal")]
    [InlineData(1, 1.0, 0.0, 0, "creatinineTimesBaseline")]
    [InlineData(1, 1.0, 1.0, -1, "riskFactors")]
    public void Findings_out_of_range_are_refused_naming_the_value(int days, double transaminases, double creatinine, int riskFactors, string paramName)
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() =>
            EbmtAdultSosVodSeverityFindings.Of(days, Bilirubin(2.0), false, (decimal)transaminases, 0m, (decimal)creatinine, false, riskFactors));

        Assert.Equal(paramName, error.ParamName);
    }

    private static SosVodSeverity Grade(EbmtAdultSosVodSeverityFindings findings) => EbmtAdultSosVodSeverityGrading.Of(findings).Severity;

    private static IReadOnlyList<SosVodSeverity> CategoriesOf(string criterion, EbmtAdultSosVodSeverityFindings findings) =>
        EbmtAdultSosVodSeverityGrading.Of(findings).Criteria.Single(c => c.Criterion == criterion).Categories;

    private static EbmtAdultSosVodSeverityFindings Findings(
        int days = 10,
        double bilirubin = 2.0,
        bool doubled = false,
        double transaminases = 1.0,
        double weight = 0.0,
        double creatinine = 1.0,
        bool multiOrganDysfunction = false,
        int riskFactors = 0) =>
        EbmtAdultSosVodSeverityFindings.Of(days, Bilirubin(bilirubin), doubled, (decimal)transaminases, (decimal)weight, (decimal)creatinine, multiOrganDysfunction, riskFactors);

    private static LabValue Bilirubin(double milligramsPerDecilitre) =>
        LabValue.Of(LabAnalyte.TotalBilirubin, (decimal)milligramsPerDecilitre, Unit.MilligramPerDecilitre);
}
