using System.Text.Json;
using AllTx.Domain.Dosing;
using AllTx.Domain.Mrd;
using AllTx.Domain.Relapse;
using AllTx.Domain.Response;

namespace AllTx.Domain.Tests.Json;

/// <summary>A JSON null where a union case needs a value is a JsonException naming the type, the rule and the field.</summary>
public class NullInUnionCaseTests
{
    [Fact]
    public void A_null_relapse_evidence_is_a_JsonException_naming_the_field_not_an_ArgumentNullException()
    {
        JsonException error = Support.Json.Rejects<RelapsePhenotype>("""{"case":"lineageSwitch","value":{"Evidence":null}}""");

        Assert.Equal("null is not a valid RelapseImmunophenotype: a value is required. Path: $.Evidence.", error.Message);
        Assert.Equal("$.Evidence", error.Path);
    }

    [Fact]
    public void A_null_inside_a_union_case_nested_in_a_record_names_the_field_within_the_union_value()
    {
        JsonException error = Support.Json.Rejects<RelapseEvent>(
            """{"Phenotype":{"case":"cd19Negative","value":{"Evidence":null}},"Timing":"PostCarT","Site":"Marrow","Depth":"Molecular","Date":"2026-05-04"}""");

        // The union converter reads its case as a value of its own, so the path starts at the union value.
        Assert.EndsWith("a value is required. Path: $.Evidence.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_quantities_and_reasons_in_dose_range_checks_and_responses_are_rejected_with_their_field()
    {
        JsonException quantity = Support.Json.Rejects<DoseRangeCheck>(
            """{"case":"aboveLabelRange","value":{"Ordered":null,"Highest":{"Amount":28,"Unit":"ug/d"},"Excess":{"Amount":2,"Unit":"ug/d"}}}""");
        JsonException reason = Support.Json.Rejects<CountBasedResponse>("""{"kind":"notInRemission","Reason":null}""");

        Assert.Equal("null is not a valid Quantity: a value is required. Path: $.Ordered.", quantity.Message);
        Assert.Equal("null is not a valid String: a value is required. Path: $.Reason.", reason.Message);
    }

    [Fact]
    public void Null_outcomes_levels_and_surface_areas_in_MRD_and_dosing_unions_are_rejected_with_their_field()
    {
        Assert.Equal("$.Later", Support.Json.Rejects<MrdComparison>("""{"kind":"outcomesOnly","Earlier":{"kind":"positiveNotQuantifiable"},"Later":null}""").Path);
        Assert.Equal("$.SurfaceArea", Support.Json.Rejects<DoseBasisMeasurement>("""{"kind":"perBodySurfaceArea","SurfaceArea":null}""").Path);

        JsonException level = Support.Json.Rejects<MrdOutcome>("""{"kind":"positive","Level":null}""");
        Assert.Equal("null is not a valid MrdLevel: a value is required.", level.Message);
        Assert.Equal("$.Level", level.Path);
    }

    [Fact]
    public void Union_cases_with_required_fields_still_round_trip()
    {
        DoseRangeCheck check = new DoseRangeCheck.NotComparable("ordered per m2");
        MrdComparison comparison = new MrdComparison.OutcomesOnly(new MrdOutcome.PositiveNotQuantifiable(), new MrdOutcome.Negative(AssaySensitivity.From(0.0001m)));

        Assert.Equal(check, Support.Json.RoundTrip(check));
        Assert.Equal(comparison, Support.Json.RoundTrip(comparison));
    }
}
