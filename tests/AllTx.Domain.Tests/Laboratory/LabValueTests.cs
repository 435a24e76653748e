using AllTx.Domain.Laboratory;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Laboratory;

public class LabValueTests
{
    private static readonly Quantity CreatinineLimit = Quantity.Of(1.6m, Unit.MilligramPerDecilitre);

    [Fact]
    public void Creatinine_is_compared_with_the_NCT06507514_limit_in_either_unit_using_88_4_umol_per_mg()
    {
        LabValue inMilligrams = LabValue.Of(LabAnalyte.SerumCreatinine, 1.2m, Unit.MilligramPerDecilitre);
        LabValue atLimitInMicromoles = LabValue.Of(LabAnalyte.SerumCreatinine, 141.44m, Unit.MicromolePerLitre);
        LabValue aboveInMicromoles = LabValue.Of(LabAnalyte.SerumCreatinine, 150m, Unit.MicromolePerLitre);

        Assert.True(inMilligrams <= CreatinineLimit);
        Assert.True(atLimitInMicromoles <= CreatinineLimit);
        Assert.False(atLimitInMicromoles < CreatinineLimit);
        Assert.True(aboveInMicromoles > CreatinineLimit);
        Assert.Equal(0, atLimitInMicromoles.CompareTo(CreatinineLimit));
    }

    [Fact]
    public void Total_bilirubin_converts_with_17_1_umol_per_mg_per_dL()
    {
        LabValue bilirubin = LabValue.Of(LabAnalyte.TotalBilirubin, 2m, Unit.MilligramPerDecilitre);

        Assert.Equal(17.1m, LabValue.BilirubinMicromolesPerLitrePerMilligramPerDecilitre);
        Assert.Equal(Quantity.Of(34.2m, Unit.MicromolePerLitre), bilirubin.ConvertTo(Unit.MicromolePerLitre).Quantity);
        Assert.True(LabValue.Of(LabAnalyte.TotalBilirubin, 30m, Unit.MicromolePerLitre) <= Quantity.Of(2.0m, Unit.MilligramPerDecilitre));
    }

    [Fact]
    public void Counts_compare_across_count_units_and_keep_amount_and_unit_together()
    {
        LabValue anc = LabValue.Of(LabAnalyte.AbsoluteNeutrophilCount, Quantity.Parse("1.2 10*3/uL"));

        Assert.True(anc >= Quantity.Of(1.0m, Unit.BillionPerLitre));
        Assert.Equal(1.2m, anc.Amount);
        Assert.Equal("10*3/uL", anc.Unit.Code);
        Assert.Equal("AbsoluteNeutrophilCount 1.2 10*3/uL", anc.ToString());
    }

    [Fact]
    public void A_threshold_that_measures_something_else_or_is_missing_throws_instead_of_answering()
    {
        LabValue platelets = LabValue.Of(LabAnalyte.PlateletCount, 120m, Unit.BillionPerLitre);
        LabValue haemoglobin = LabValue.Of(LabAnalyte.Haemoglobin, 9.5m, Unit.GramPerDecilitre);

        Assert.Throws<IncommensurableUnitsException>(() => platelets <= CreatinineLimit);
        Assert.Throws<IncommensurableUnitsException>(() => haemoglobin > Quantity.Of(5m, Unit.MicromolePerLitre));
        Assert.Throws<ArgumentNullException>(() => platelets >= null!);
    }

    [Fact]
    public void Haemoglobin_in_mmol_per_litre_is_read_but_never_compared_with_a_gram_threshold()
    {
        LabValue haemoglobin = LabValue.Of(LabAnalyte.Haemoglobin, 5.6m, Unit.Parse("mmol/L"));

        Assert.True(haemoglobin > Quantity.Parse("5 mmol/L"));
        Assert.Throws<IncommensurableUnitsException>(() => haemoglobin > Quantity.Of(8m, Unit.GramPerDecilitre));
    }

    [Theory]
    [InlineData(LabAnalyte.SerumCreatinine, "10*9/L")]
    [InlineData(LabAnalyte.Haemoglobin, "10*9/L")]
    [InlineData(LabAnalyte.PlateletCount, "mg/dL")]
    [InlineData(LabAnalyte.TotalBilirubin, "mg")]
    public void A_unit_that_does_not_measure_the_analyte_is_refused(LabAnalyte analyte, string unit)
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() => LabValue.Of(analyte, 1m, Unit.Parse(unit)));

        Assert.Contains($"Quantity of {analyte} must be in a unit that measures it", error.Message, StringComparison.Ordinal);
        Assert.Equal("Quantity", error.ParamName);
    }

    [Fact]
    public void Lab_values_round_trip_through_JSON_and_invalid_ones_are_rejected_naming_the_field()
    {
        LabValue creatinine = LabValue.Of(LabAnalyte.SerumCreatinine, 1.2m, Unit.MilligramPerDecilitre);

        Assert.Equal(creatinine, Support.Json.RoundTrip(creatinine));
        Assert.Contains("Quantity of SerumCreatinine must be in a unit that measures it", Support.Json.Rejects<LabValue>("""{"Analyte":"SerumCreatinine","Quantity":{"Amount":1,"Unit":"10*9/L"}}""").Message, StringComparison.Ordinal);
        Assert.Contains("Quantity", Support.Json.Rejects<LabValue>("""{"Analyte":"SerumCreatinine"}""").Message, StringComparison.Ordinal);
        Support.Json.Rejects<LabValue>("""{"Analyte":"Glucose","Quantity":{"Amount":1,"Unit":"mg/dL"}}""");
    }
}
