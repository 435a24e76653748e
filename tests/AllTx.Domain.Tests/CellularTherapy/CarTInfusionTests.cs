using AllTx.Domain.CellularTherapy;
using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Patients;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.CellularTherapy;

public class CarTInfusionTests
{
    private static readonly DosedDrug[] FluCy =
    [
        DosedDrug.Of(StandardDrugs.Fludarabine, Dose.PerBodySurfaceArea(30m, DoseUnit.Parse("mg/m2"))),
        DosedDrug.Of(StandardDrugs.Cyclophosphamide, Dose.PerBodySurfaceArea(500m, DoseUnit.Parse("mg/m2"))),
    ];

    private static Dose PerKg(decimal millions) => Dose.CellsPerBodyWeight(millions, DoseUnit.Parse("10*6/kg"), CellPopulation.CarPositiveViableTCells);

    private static Dose Total(decimal hundredMillions) => Dose.TotalCells(hundredMillions, DoseUnit.Parse("10*8{cells}"), CellPopulation.CarPositiveViableTCells);

    private static DoseRangeCheck Check(CarTProduct product, Dose dose, decimal kilograms) =>
        CarTInfusion.Of(new DateOnly(2025, 5, 2), product, CellSource.Autologous, dose, FluCy, 1).CheckDose(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(kilograms)));

    [Theory]
    [InlineData(0.2, typeof(DoseRangeCheck.WithinLabelRange))]
    [InlineData(5.0, typeof(DoseRangeCheck.WithinLabelRange))]
    [InlineData(0.1, typeof(DoseRangeCheck.BelowLabelRange))]
    [InlineData(5.5, typeof(DoseRangeCheck.AboveLabelRange))]
    public void Tisagenlecleucel_at_or_below_50_kg_is_0_2_to_5_0_million_per_kg(decimal millionsPerKg, Type expected)
    {
        Assert.IsType(expected, Check(CarTProducts.Tisagenlecleucel, PerKg(millionsPerKg), 50m));
    }

    [Theory]
    [InlineData(0.1, typeof(DoseRangeCheck.WithinLabelRange))]
    [InlineData(2.5, typeof(DoseRangeCheck.WithinLabelRange))]
    [InlineData(0.05, typeof(DoseRangeCheck.BelowLabelRange))]
    [InlineData(3.0, typeof(DoseRangeCheck.AboveLabelRange))]
    public void Tisagenlecleucel_above_50_kg_is_0_1_to_2_5_hundred_million_in_total(decimal hundredMillions, Type expected)
    {
        Assert.IsType(expected, Check(CarTProducts.Tisagenlecleucel, Total(hundredMillions), 50.5m));
    }

    [Fact]
    public void A_per_kg_tisagenlecleucel_dose_above_50_kg_is_compared_as_total_cells()
    {
        Assert.IsType<DoseRangeCheck.WithinLabelRange>(Check(CarTProducts.Tisagenlecleucel, PerKg(2m), 70m));
        Assert.IsType<DoseRangeCheck.AboveLabelRange>(Check(CarTProducts.Tisagenlecleucel, PerKg(5m), 70m));
    }

    [Theory]
    [InlineData(1.0, typeof(DoseRangeCheck.WithinLabelRange))]
    [InlineData(2.0, typeof(DoseRangeCheck.AboveLabelRange))]
    [InlineData(0.5, typeof(DoseRangeCheck.BelowLabelRange))]
    public void Brexucabtagene_autoleucel_is_1_million_per_kg(decimal millionsPerKg, Type expected)
    {
        Assert.IsType(expected, Check(CarTProducts.BrexucabtageneAutoleucel, PerKg(millionsPerKg), 70m));
    }

    [Theory]
    [InlineData(100.0, 1.0, typeof(DoseRangeCheck.WithinLabelRange))]
    [InlineData(120.0, 1.0, typeof(DoseRangeCheck.AboveLabelRange))]
    [InlineData(125.0, 0.8, typeof(DoseRangeCheck.WithinLabelRange))]
    public void Brexucabtagene_autoleucel_is_capped_at_1_hundred_million_cells_in_total(decimal kilograms, decimal millionsPerKg, Type expected)
    {
        DoseRangeCheck check = Check(CarTProducts.BrexucabtageneAutoleucel, PerKg(millionsPerKg), kilograms);

        Assert.IsType(expected, check);
        Assert.Equal("1 10*8{cells}", ApprovedCarTRegimens.BrexucabtageneAutoleucel.Steps.Single().Cap?.ToString());
    }

    [Fact]
    public void An_investigational_construct_has_no_label_dose_to_compare_with()
    {
        DoseRangeCheck check = Check(CarTProducts.Cd22Car, PerKg(1m), 70m);

        Assert.Equal("CD22 CAR-T is investigational and has no label dose.", Assert.IsType<DoseRangeCheck.NotComparable>(check).Reason);
    }

    [Fact]
    public void The_catalogue_names_targets_costimulation_and_sources()
    {
        Assert.Equal((TargetAntigen.Cd19, CostimulatoryDomain.FourOneBb), (CarTProducts.Tisagenlecleucel.Targets, CarTProducts.Tisagenlecleucel.CostimulatoryDomain));
        Assert.Equal((TargetAntigen.Cd19, CostimulatoryDomain.Cd28), (CarTProducts.BrexucabtageneAutoleucel.Targets, CarTProducts.BrexucabtageneAutoleucel.CostimulatoryDomain));
        Assert.Equal(TargetAntigen.Cd19 | TargetAntigen.Cd22, CarTProducts.Cd19Cd22Car.Targets);
        Assert.Equal(TargetAntigen.BaffR, CarTProducts.BaffRCar.Targets);
        Assert.Contains(CellSource.DonorDerived, CarTProducts.HumanisedCd19Car.Sources);
        Assert.Equal(2, CarTProducts.All.Count(p => p.Status == ProductStatus.Approved));
    }

    [Fact]
    public void Infusions_refuse_doses_of_other_cells_sources_the_product_is_not_made_from_and_number_0()
    {
        Dose cd3 = Dose.CellsPerBodyWeight(1m, DoseUnit.Parse("10*6/kg"), CellPopulation.Cd3PositiveCells);
        DateOnly date = new(2025, 5, 2);

        Assert.Contains("Dose must count CAR-positive viable T cells", Assert.Throws<DomainValidationException>(() => CarTInfusion.Of(date, CarTProducts.Tisagenlecleucel, CellSource.Autologous, cd3, FluCy, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("Source must be one tisagenlecleucel is made from", Assert.Throws<DomainValidationException>(() => CarTInfusion.Of(date, CarTProducts.Tisagenlecleucel, CellSource.DonorDerived, PerKg(1m), FluCy, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("InfusionNumber must be at least 1", Assert.Throws<DomainValidationException>(() => CarTInfusion.Of(date, CarTProducts.Tisagenlecleucel, CellSource.Autologous, PerKg(1m), FluCy, 0)).Message, StringComparison.Ordinal);
        Assert.True(CarTInfusion.Of(date, CarTProducts.HumanisedCd19Car, CellSource.DonorDerived, PerKg(1m), [], 2).IsReinfusion);
    }

    [Fact]
    public void Infusions_round_trip_through_json_keeping_the_label_rule_and_bad_json_is_rejected()
    {
        CarTInfusion infusion = CarTInfusion.Of(new DateOnly(2025, 5, 2), CarTProducts.Tisagenlecleucel, CellSource.Autologous, PerKg(3m), FluCy, 1);

        CarTInfusion read = Support.Json.RoundTrip(infusion);

        Assert.Equal(infusion.ToString(), read.ToString());
        Assert.Equal(infusion.Lymphodepletion.Select(d => d.ToString()), read.Lymphodepletion.Select(d => d.ToString()));
        Assert.IsType<DoseRangeCheck.WithinLabelRange>(read.CheckDose(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(40m))));
        string json = System.Text.Json.JsonSerializer.Serialize(infusion).Replace("\"InfusionNumber\":1", "\"InfusionNumber\":0", StringComparison.Ordinal);
        Assert.Contains("InfusionNumber must be at least 1", Support.Json.Rejects<CarTInfusion>(json).Message, StringComparison.Ordinal);
        Assert.Contains("an Approved product must be one whose label regimen the SDK holds", Support.Json.Rejects<CarTProduct>("""{"Name":"my CAR","Targets":"Cd19","CostimulatoryDomain":"Cd28","Sources":["Autologous"],"Status":"Approved"}""").Message, StringComparison.Ordinal);
    }
}
