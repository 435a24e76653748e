using System.Reflection;
using AllTx.Domain.Dosing;
using AllTx.Domain.Patients;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Units;

/// <summary>Every unit code the SDK emits or suggests, and every conversion factor between them, checked by NLM's ucum-lhc.</summary>
public class UcumReferenceTests
{
    private static readonly string[] Misspellings =
    [
        "mcg/d", "µg/d", "mcg/m2/day", "mg/day", "mg/m²", "10^9/L", "x10^6/kg", "MG/DL", "cells/kg", "cells", "Cells/uL", "µmol/L", "mg/kg/day", "10E9/L",
    ];

    private static readonly string[] Probes =
    [
        "mcg/d", "cells/kg", "mg/DL", "furlong", "mg /dL", "mg/dl", "umol/l", "10*-3/L", "mm[Hg]", "[lb_av]", "/kg", "mg{total}/d",
        "g.m-2", "s-1", "cGy", "mSv", "kat/L", "meq/L", "mosm/kg", "[ppm]", "{ratio}", "1", "100", "mg/100", "mL/h", "ng/mL", "pg/mL",
        "fL", "10*12/L", "[in_i]", "[ft_i]", "wk", "min", "h", "mmol/(L.s)", "kg.m/s2", "Pa", "kPa", "mg/(m2.d)", "(mg)/d", "mg/", "/", "mg..d",
        "{cells", "m2{", "ug/kg/min", "10*", "kgg", "mo_j", "a_j", "%{blasts}", "mU/L", "uU/mL", "[IU]/mL", "k[IU]/L",
    ];

    private static IEnumerable<string> EmittedCodes()
    {
        IEnumerable<string> named = typeof(Unit).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(Unit))
            .Select(property => ((Unit)property.GetValue(null)!).Code);
        IEnumerable<string> suggested = Misspellings.SelectMany(text => Assert.Throws<UnitParseException>(() => Unit.Parse(text)).Suggestions);
        BodyMeasurements patient = BodyMeasurements.WeightAndHeight(BodyWeight.FromKilograms(70m), BodyHeight.FromCentimetres(175m));
        IEnumerable<string> absolute = Unit.Known
            .Where(unit => unit.Dimension.Basis != NormalizationBasis.Fixed && DoseUnitOrNull(unit) is not null)
            .Select(unit => Dose.Parse("1 " + unit.Code + (DoseUnit.From(unit).CountsCells ? " CarPositiveViableTCells" : string.Empty)).ToAbsoluteDose(patient).Value.Unit.Code);
        return Unit.Known.Select(unit => unit.Code).Concat(named).Concat(suggested).Concat(absolute);
    }

    private static DoseUnit? DoseUnitOrNull(Unit unit)
    {
        try
        {
            return DoseUnit.From(unit);
        }
        catch (DomainValidationException)
        {
            return null;
        }
    }

    [Fact]
    public void Every_code_the_SDK_emits_or_suggests_is_valid_UCUM_and_every_factor_matches_ucum_lhc()
    {
        List<string> codes = EmittedCodes().ToList();
        List<(string, string, decimal)> conversions =
            [.. from a in Unit.Known from b in Unit.Known where a.Code != b.Code && a.IsCommensurableWith(b) select (a.Code, b.Code, Quantity.Of(1m, a).ConvertTo(b).Amount)];

        (string version, List<string> invalid, List<string> problems) = UcumLhc.Check(codes, conversions);

        Assert.True(problems.Count == 0, $"ucum-lhc {version} disagrees: {string.Join("; ", problems)}");
        Assert.Empty(invalid);
        Assert.True(conversions.Count > 50, "too few commensurable pairs were compared: " + conversions.Count);
        Assert.Contains("{cells}/kg", codes);
        Assert.Contains("ug/d", codes);
    }

    [Fact]
    public void The_SDK_reads_a_probe_code_exactly_when_ucum_lhc_accepts_it()
    {
        (string version, List<string> invalid, _) = UcumLhc.Check(Probes, []);

        List<string> disagreements = Probes.Where(code => Unit.TryParse(code, out _) == invalid.Contains(code)).ToList();

        Assert.True(disagreements.Count == 0, $"SDK and ucum-lhc {version} disagree on: {string.Join(", ", disagreements)}");
        Assert.Contains("mcg/d", invalid);
        Assert.DoesNotContain("mm[Hg]", invalid);
    }
}
