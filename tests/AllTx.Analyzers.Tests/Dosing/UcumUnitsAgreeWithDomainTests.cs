using AllTx.Analyzers.Dosing;
using AllTx.Domain.Dosing;
using AllTx.Domain.Units;

namespace AllTx.Analyzers.Tests.Dosing;

/// <summary>ATX1003 judges constants with the analyzer's copy of the unit table; it must say what the domain's parsers say.</summary>
public sealed class UcumUnitsAgreeWithDomainTests
{
    [Fact]
    public void Every_spelling_the_analyzer_accepts_parses_to_the_same_unit_and_dose_use_in_the_domain()
    {
        foreach (string spelling in UcumUnits.Spellings)
        {
            Assert.True(UcumUnits.TryGet(spelling, out string canonical, out UcumUnitUse use));
            Assert.True(Unit.TryParse(spelling, out Unit? unit), $"the domain does not know '{spelling}'");
            Assert.Equal(canonical, unit.Code);
            UcumUnitUse domainUse = DoseUse(unit);
            Assert.True(use == domainUse, $"'{spelling}': analyzer says {use}, domain says {domainUse}");
        }
    }

    [Fact]
    public void Every_unit_the_domain_knows_is_known_to_the_analyzer() =>
        Assert.All(Unit.Known, unit => Assert.True(UcumUnits.TryGet(unit.Code, out _, out _), $"the analyzer does not know '{unit.Code}'"));

    [Theory]
    [InlineData("mcg/d")]
    [InlineData("µg/day")]
    [InlineData("mcg/m²/day")]
    [InlineData("MG/DL")]
    [InlineData("cells/kg")]
    [InlineData("cells")]
    [InlineData("x10^9/L")]
    [InlineData("µmol/L")]
    [InlineData("furlong")]
    public void Suggestions_are_the_domain_parse_error_suggestions(string input)
    {
        var error = Assert.Throws<UnitParseException>(() => Unit.Parse(input));
        Assert.Equal(error.Suggestions, UcumUnits.Suggest(input));
    }

    private static UcumUnitUse DoseUse(Unit unit)
    {
        try
        {
            return DoseUnit.From(unit).CountsCells ? UcumUnitUse.CellDose : UcumUnitUse.MassDose;
        }
        catch (AllTx.Domain.DomainValidationException)
        {
            return UcumUnitUse.Other;
        }
    }
}
