using AllTx.Domain.Patients;

namespace AllTx.Domain.Tests.Patients;

public class PatientTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void PatientId_rejects_blank_identifiers(string value)
    {
        Assert.Contains("is not a valid PatientId: must", Assert.Throws<AllTx.ValueObjectValidationException>(() => PatientId.From(value)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatientId_rejects_null_with_Vogens_message_in_the_domains_exception_type()
    {
        Assert.Equal("Cannot create a value object with null.", Assert.Throws<AllTx.ValueObjectValidationException>(() => PatientId.From(null!)).Message);
    }

    [Fact]
    public void PatientId_is_trimmed_and_never_printed()
    {
        PatientId id = PatientId.From("  MRN-0042 ");

        Assert.Equal("MRN-0042", id.Value);
        Assert.DoesNotContain("0042", id.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("0042", Patient.Create(id, Sex.Female, AgeBand.Adult, BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(60m))).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Patient_round_trips_through_JSON_with_the_real_identifier()
    {
        Patient patient = Patient.Create(PatientId.From("MRN-0042"), Sex.Male, AgeBand.AdolescentYoungAdult, BodyMeasurements.WeightAndHeight(BodyWeight.FromKilograms(62m), BodyHeight.FromCentimetres(171m)));

        string json = System.Text.Json.JsonSerializer.Serialize(patient);

        Assert.Contains("\"MRN-0042\"", json, StringComparison.Ordinal);
        Assert.Contains("\"AdolescentYoungAdult\"", json, StringComparison.Ordinal);
        Assert.Equal(patient, Support.Json.RoundTrip(patient));
    }

    [Fact]
    public void Patient_JSON_rejects_a_blank_identifier_and_an_undefined_sex()
    {
        System.Text.Json.JsonException blank = Support.Json.Rejects<Patient>("""{"Id":" ","Sex":"Female","AgeBand":"Adult","Measurements":{"Weight":60}}""");
        Assert.Contains("is not a valid PatientId: must not be empty", blank.Message, StringComparison.Ordinal);
        Assert.Equal("$.Id", blank.Path);

        Support.Json.Rejects<Patient>("""{"Id":"a","Sex":7,"AgeBand":"Adult","Measurements":{"Weight":60}}""");
        Assert.Contains("Measurements", Support.Json.Rejects<Patient>("""{"Id":"a","Sex":"Female","AgeBand":"Adult"}""").Message, StringComparison.Ordinal);
    }
}
