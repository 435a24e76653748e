using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Mrd;
using AllTx.Domain.Patients;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Readme;

/// <summary>The README's "Domain model" example, kept compiling and true.</summary>
public class DomainModelExampleTests
{
    [Fact]
    public void The_README_example_records_an_MRD_result_and_a_capped_per_m2_dose()
    {
        MrdResult mrd = MrdResult.Create(MrdMethod.NextGenerationSequencingIgTr, MrdSpecimen.BoneMarrow, new DateOnly(2026, 3, 2),
            new MrdOutcome.Negative(AssaySensitivity.ParseFractionOrPercent("1e-6")));
        bool mrdNegative = mrd.StatusAgainst() is MrdStatus.MrdNegative;

        Dose dose = Dose.Parse("15 ug/(m2.d)");
        StandardDrugs.Blinatumomab.EnsureAccepts(dose);
        BodyMeasurements child = BodyMeasurements.WeightAndHeight(BodyWeight.FromKilograms(30m), BodyHeight.FromCentimetres(135m));
        AbsoluteDose daily = dose.ToAbsoluteDose(child, cap: Quantity.Parse("28 ug/d"));

        Assert.True(mrdNegative);
        Assert.Equal("15.9105 ug/d", daily.ToString());
        Assert.Throws<DoseUnitNotAllowedException>(() => StandardDrugs.Blinatumomab.EnsureAccepts(Dose.Parse("1 mg/m2")));
    }
}
