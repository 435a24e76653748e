using AllTx.Domain.CellularTherapy;
using AllTx.Domain.Patients;
using AllTx.Domain.Tests.Support;

namespace AllTx.Domain.Tests.CellularTherapy;

public class CarTIndicationTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(25, true)]
    [InlineData(26, false)]
    [InlineData(60, false)]
    public void Tisagenlecleucel_for_B_ALL_covers_patients_up_to_25_years(int years, bool within)
    {
        IndicationAgeFinding finding = CarTIndications.TisagenlecleucelBCellPrecursorAll.CheckAge(AgeInYears.From(years));

        Assert.Equal(within, finding.IsWithinIndication);
    }

    [Fact]
    public void A_26_year_old_is_outside_the_indication_and_the_reason_names_the_age_limit_and_label()
    {
        IndicationAgeFinding finding = CarTIndications.TisagenlecleucelBCellPrecursorAll.CheckAge(AgeInYears.From(26));

        Assert.Contains("age 26 years is outside the indication's limit of up to 25 years", finding.Reason);
        Assert.Contains("KYMRIAH", finding.Reason);
    }

    [Fact]
    public void The_age_limit_is_an_indication_rule_not_a_dose_rule()
    {
        Assert.Equal(25, CarTIndications.TisagenlecleucelBCellPrecursorAll.OldestAge.Value);
        Assert.Equal(SourceReference.KymriahLabel, CarTIndications.TisagenlecleucelBCellPrecursorAll.Source);
        Assert.DoesNotContain(ApprovedCarTRegimens.Tisagenlecleucel.Steps, step => step.ToString().Contains("year", StringComparison.Ordinal));
    }

    [Fact]
    public void An_uninitialised_age_is_refused()
    {
        Assert.Equal("age", Assert.Throws<DomainValidationException>(() => CarTIndications.TisagenlecleucelBCellPrecursorAll.CheckAge(TestValues.Uninitialised<AgeInYears>())).ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(131)]
    public void An_age_outside_0_to_130_years_is_refused(int years)
    {
        Assert.Throws<ValueObjectValidationException>(() => AgeInYears.From(years));
    }
}
