using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;

namespace AllTx.Domain.Tests.Drugs;

public class DrugCatalogueTests
{
    [Fact]
    public void The_standard_catalogue_holds_the_agents_of_the_domain_brief_with_class_target_and_route()
    {
        Assert.Equal(14, DrugCatalogue.Standard.All.Count);
        Assert.Equal((DrugClass.BispecificTCellEngager, TargetAntigen.Cd19 | TargetAntigen.Cd3, Route.ContinuousIntravenousInfusion), Describe("blinatumomab"));
        Assert.Equal((DrugClass.AntibodyDrugConjugate, TargetAntigen.Cd22, Route.Intravenous), Describe("inotuzumab-ozogamicin"));
        Assert.Equal((DrugClass.TyrosineKinaseInhibitor, TargetAntigen.None, Route.Oral), Describe("ponatinib"));
        Assert.Equal((DrugClass.CarTCellTherapy, TargetAntigen.Cd19, Route.Intravenous), Describe("brexucabtagene-autoleucel"));
        Assert.Equal((DrugClass.Chemotherapy, TargetAntigen.None, Route.Intravenous), Describe("fludarabine"));
    }

    [Fact]
    public void Blinatumomab_in_mg_per_m2_is_a_clear_error_naming_the_drug_and_the_kinds_it_takes()
    {
        Dose dose = Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("mg/m2"));

        DoseUnitNotAllowedException error = Assert.Throws<DoseUnitNotAllowedException>(() => StandardDrugs.Blinatumomab.EnsureAccepts(dose));

        Assert.Contains("blinatumomab cannot be dosed in mg/m2 (MassPerSquareMetre)", error.Message, StringComparison.Ordinal);
        Assert.Contains("FixedMassPerDay, MassPerSquareMetrePerDay", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("blinatumomab", "ug/d", true)]
    [InlineData("blinatumomab", "ug/(m2.d)", true)]
    [InlineData("imatinib", "mg/d", true)]
    [InlineData("imatinib", "mg/m2", false)]
    [InlineData("anti-thymocyte-globulin", "mg/kg", true)]
    [InlineData("tisagenlecleucel", "10*6/kg", true)]
    [InlineData("tisagenlecleucel", "mg", false)]
    [InlineData("donor-lymphocyte-infusion", "10*6/kg", true)]
    [InlineData("cyclophosphamide", "mg/kg", true)]
    [InlineData("inotuzumab-ozogamicin", "ug/d", false)]
    public void Each_agent_accepts_only_the_dose_unit_kinds_that_make_sense(string drug, string unit, bool accepted)
    {
        Assert.Equal(accepted, DrugCatalogue.Standard.Get(DrugId.From(drug)).Accepts(DoseUnit.Parse(unit)));
    }

    [Fact]
    public void Teams_register_their_own_formulary_entries_without_changing_the_standard_catalogue()
    {
        Drug venetoclax = Drug.FormularyEntry(DrugId.From("venetoclax"), "venetoclax", DrugClass.Chemotherapy, TargetAntigen.None, Route.Oral, DoseUnitKind.FixedMassPerDay, SourceReference.Of("Local protocol ALL-2026"));

        DrugCatalogue local = DrugCatalogue.Standard.WithFormularyEntry(venetoclax);

        Assert.Same(venetoclax, local.Get(DrugId.From("venetoclax")));
        Assert.False(DrugCatalogue.Standard.TryGet(DrugId.From("venetoclax"), out _));
        Assert.Throws<DomainValidationException>(() => local.WithFormularyEntry(venetoclax));
        Assert.Contains("no entry 'unknown-drug'", Assert.Throws<KeyNotFoundException>(() => local.Get(DrugId.From("unknown-drug"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formulary_entries_need_a_name_defined_values_and_a_dose_unit_kind()
    {
        DrugId id = DrugId.From("x");
        SourceReference source = SourceReference.Of("local");
        Assert.Contains("Name must not be blank", Assert.Throws<DomainValidationException>(() => Drug.FormularyEntry(id, " ", DrugClass.Chemotherapy, TargetAntigen.None, Route.Oral, DoseUnitKind.FixedMass, source)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => Drug.FormularyEntry(id, "x", (DrugClass)42, TargetAntigen.None, Route.Oral, DoseUnitKind.FixedMass, source));
        Assert.Contains("at least one dose-unit kind", Assert.Throws<DomainValidationException>(() => Drug.FormularyEntry(id, "x", DrugClass.Chemotherapy, TargetAntigen.None, Route.Oral, 0, source)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => SourceReference.Of(" "));
    }

    [Theory]
    [InlineData("Blinatumomab")]
    [InlineData("inotuzumab--ozogamicin")]
    [InlineData("")]
    public void DrugId_rejects_text_that_is_not_lower_case_hyphenated(string value)
    {
        Assert.Equal($"'{value}' is not a valid DrugId: must match the pattern ^[a-z0-9]+(-[a-z0-9]+)*$.", Assert.Throws<ValueObjectValidationException>(() => DrugId.From(value)).Message);
    }

    [Fact]
    public void Drugs_round_trip_through_JSON_and_invalid_entries_are_rejected()
    {
        Assert.Equal(StandardDrugs.Blinatumomab, Support.Json.RoundTrip(StandardDrugs.Blinatumomab));

        string json = System.Text.Json.JsonSerializer.Serialize(StandardDrugs.Imatinib);
        Assert.Contains("\"DoseUnitKinds\":\"FixedMassPerDay\"", json, StringComparison.Ordinal);
        Assert.Contains("Name must not be blank", Support.Json.Rejects<Drug>(json.Replace("\"Name\":\"imatinib\"", "\"Name\":\"\"", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.Contains("'Imatinib' is not a valid DrugId: must match the pattern", Support.Json.Rejects<Drug>(json.Replace("\"Id\":\"imatinib\"", "\"Id\":\"Imatinib\"", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }

    private static (DrugClass, TargetAntigen, Route) Describe(string id)
    {
        Drug drug = DrugCatalogue.Standard.Get(DrugId.From(id));
        return (drug.Class, drug.Targets, drug.Route);
    }
}
