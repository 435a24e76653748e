using AllTx.Domain.Dosing;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Units;

/// <summary>Units are read by the UCUM grammar, not from a fixed list, and the SDK's commensurability stays stricter than UCUM's.</summary>
public class UcumGrammarTests
{
    [Theory]
    [InlineData("/uL")]
    [InlineData("{cells}/uL")]
    [InlineData("10*6/L")]
    [InlineData("/mm3")]
    [InlineData("mL/min/{1.73_m2}")]
    [InlineData("U/L")]
    [InlineData("[IU]/L")]
    [InlineData("[iU]/m2")]
    [InlineData("{copies}/mL")]
    [InlineData("10*5/kg")]
    [InlineData("10*6/kg")]
    [InlineData("10*7/kg")]
    [InlineData("10*8/kg")]
    [InlineData("mL/d")]
    [InlineData("mL/(kg.d)")]
    [InlineData("Gy")]
    [InlineData("kg/m2")]
    [InlineData("a")]
    [InlineData("mo")]
    [InlineData("d")]
    [InlineData("mmol/L")]
    public void Units_that_feeds_send_are_read(string code)
    {
        Assert.Equal(code, Unit.Parse(code).Code);
    }

    [Theory]
    [InlineData("5 10*3/uL", "10*9/L", 5)]
    [InlineData("500 /mm3", "10*9/L", 0.5)]
    [InlineData("500 {cells}/uL", "10*9/L", 0.5)]
    [InlineData("1 mo", "d", 30.4375)]
    [InlineData("1 a", "mo", 12)]
    [InlineData("1 mg/h", "mg/d", 24)]
    [InlineData("1 mL/min/{1.73_m2}", "mL/d", 1440)]
    [InlineData("3 [iU]/m2", "[IU]/m2", 3)]
    [InlineData("2 cGy", "Gy", 0.02)]
    [InlineData("28 ug/d", "mg/d", 0.028)]
    public void Conversions_between_commensurable_units_are_exact(string quantity, string target, decimal expected)
    {
        Assert.Equal(expected, Quantity.Parse(quantity).ConvertTo(Unit.Parse(target)).Amount);
    }

    [Theory]
    [InlineData("mg/kg", "%")]
    [InlineData("10*6", "mg")]
    [InlineData("10*6/kg", "mg/kg")]
    [InlineData("{cells}", "%")]
    [InlineData("mg/kg", "mg/g")]
    [InlineData("[iU]", "U")]
    [InlineData("mmol/L", "g/dL")]
    [InlineData("mg/m2", "mg")]
    [InlineData("Gy", "J/kg")]
    public void The_SDK_keeps_units_apart_that_UCUM_alone_would_convert_or_that_differ(string left, string right)
    {
        Assert.False(Unit.Parse(left).IsCommensurableWith(Unit.Parse(right)));
        Assert.Throws<IncommensurableUnitsException>(() => Quantity.Of(1m, Unit.Parse(left)).ConvertTo(Unit.Parse(right)));
    }

    [Theory]
    [InlineData("Cel", "special non-ratio UCUM unit")]
    [InlineData("[degF]", "special non-ratio UCUM unit")]
    [InlineData("mg /dL", "UCUM codes have no spaces; found one at position 3")]
    [InlineData("mg/", "a unit is missing at the end")]
    [InlineData("{cells", "a '}' is missing")]
    [InlineData("mg/(kg.d", "a ')' is missing")]
    [InlineData("m999999999", "outside the range the SDK can convert exactly")]
    [InlineData("10*99999999999", "outside the range the SDK can convert exactly")]
    public void Invalid_or_non_ratio_codes_are_refused_with_the_reason(string code, string reason)
    {
        Assert.Contains(reason, Assert.Throws<UnitParseException>(() => Unit.Parse(code)).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mg/h", DoseUnitKind.FixedMassPerDay)]
    [InlineData("ug/kg/min", DoseUnitKind.MassPerKilogramPerDay)]
    [InlineData("10*5/kg", DoseUnitKind.CellsPerKilogram)]
    [InlineData("10*8{cells}", DoseUnitKind.TotalCells)]
    public void Dose_units_follow_the_grammar(string code, DoseUnitKind kind)
    {
        Assert.Equal(kind, DoseUnit.Parse(code).Kind);
    }

    [Theory]
    [InlineData("mL/(kg.d)")]
    [InlineData("[iU]/m2")]
    [InlineData("{cells}/uL")]
    [InlineData("%")]
    public void Units_that_are_not_mass_or_cell_doses_are_not_dose_units(string code)
    {
        Assert.Throws<DomainValidationException>(() => DoseUnit.Parse(code));
    }

    [Fact]
    public void Spellings_of_the_same_unit_are_equal_and_annotations_do_not_change_the_magnitude()
    {
        Assert.Equal(Unit.Parse("ug/(m2.d)"), Unit.Parse("ug/m2/d"));
        Assert.Equal(Unit.Parse("10*6/kg"), Unit.Parse("10*6{cells}/kg"));
        Assert.NotEqual(Unit.Parse("10*6/kg"), Unit.Parse("10*5/kg"));
        Assert.Equal(Unit.Parse("ug/(m2.d)").GetHashCode(), Unit.Parse("ug/m2/d").GetHashCode());
    }
}
