using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Units;

public class CreatinineConversionTests
{
    [Fact]
    public void The_factor_is_88_point_4_micromoles_per_litre_per_milligram_per_decilitre()
    {
        Assert.Equal(88.4m, CreatinineConversion.MicromolesPerLitrePerMilligramPerDecilitre);
    }

    [Fact]
    public void The_NCT06507514_limit_of_1_point_6_mg_per_dL_is_141_point_44_umol_per_L()
    {
        Quantity limit = CreatinineConversion.ToMicromolesPerLitre(Quantity.Parse("1.6 mg/dL"));

        Assert.Equal(Quantity.Of(141.44m, Unit.MicromolePerLitre), limit);
    }

    [Fact]
    public void Micromoles_per_litre_convert_back_to_milligrams_per_decilitre()
    {
        Assert.Equal(Quantity.Of(1m, Unit.MilligramPerDecilitre), CreatinineConversion.ToMilligramsPerDecilitre(Quantity.Parse("88.4 umol/L")));
        Assert.Equal(Quantity.Of(2m, Unit.MilligramPerDecilitre), CreatinineConversion.ToMilligramsPerDecilitre(Quantity.Parse("0.1768 mmol/L")));
    }

    [Fact]
    public void Other_mass_concentration_units_are_converted_first()
    {
        Assert.Equal(Quantity.Of(88.4m, Unit.MicromolePerLitre), CreatinineConversion.ToMicromolesPerLitre(Quantity.Parse("10 mg/L")));
    }

    [Fact]
    public void A_quantity_that_is_not_a_concentration_is_refused()
    {
        Assert.Throws<IncommensurableUnitsException>(() => CreatinineConversion.ToMicromolesPerLitre(Quantity.Parse("1.6 mg")));
        Assert.Throws<IncommensurableUnitsException>(() => CreatinineConversion.ToMilligramsPerDecilitre(Quantity.Parse("5 10*9/L")));
    }
}
