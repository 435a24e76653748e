using System.Text.Json;

namespace AllTx.Primitives.Tests.ValueObjects;

public sealed class JsonTests
{
    private static readonly Guid SomePatient = Guid.Parse("b6a4b0b5-1a63-4e8f-9a5e-7c2a1f0d9e11");

    [Fact]
    public void Value_objects_are_written_as_their_underlying_json_value()
    {
        Assert.Equal("12.5", JsonSerializer.Serialize(BlastPercentage.From(12.5m)));
        Assert.Equal("\"NCT01234567\"", JsonSerializer.Serialize(NctId.From("NCT01234567")));
        Assert.Equal("true", JsonSerializer.Serialize(ConsentGiven.From(true)));
        Assert.Equal("\"2024-05-01\"", JsonSerializer.Serialize(BirthDate.From(new DateOnly(2024, 5, 1))));
        Assert.Equal("\"1.2\"", JsonSerializer.Serialize(ProtocolVersion.From(new Version(1, 2))));
    }

    [Fact]
    public void Every_supported_underlying_type_round_trips()
    {
        RoundTrip(BlastPercentage.From(99.9m));
        RoundTrip(HlaMatchScore.From(12));
        RoundTrip(CellCount.From(5_000_000_000));
        RoundTrip(AgeInYears.From(42));
        RoundTrip(Grade.From(3));
        RoundTrip(MrdFraction.From(0.0001));
        RoundTrip(BodySurfaceArea.From(1.73f));
        RoundTrip(ConsentGiven.From(false));
        RoundTrip(BloodGroupLetter.From('B'));
        RoundTrip(NctId.From("NCT01234567"));
        RoundTrip(PatientId.From(SomePatient));
        RoundTrip(BirthDate.From(new DateOnly(1990, 4, 2)));
        RoundTrip(InfusionStartTime.From(new TimeOnly(9, 15)));
        RoundTrip(SampleTakenAt.From(new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc)));
        RoundTrip(TransplantAt.From(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.FromHours(2))));
        RoundTrip(PatientName.From("Ada"));
        RoundTrip(WardCode.From("H7"));
        RoundTrip(ProtocolVersion.From(new Version(3, 0, 1)));
        RoundTrip(InfusionDuration.From(TimeSpan.FromMinutes(45)));
    }

    [Fact]
    public void Invalid_json_value_fails_naming_the_type_and_the_rule()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BlastPercentage>("150"));

        Assert.Contains("'150' is not a valid BlastPercentage: must be at least 0 and at most 100.", exception.Message);
        Assert.IsType<ValueObjectValidationException>(exception.InnerException);
    }

    [Fact]
    public void Json_null_for_a_struct_value_object_fails()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BlastPercentage>("null"));

        Assert.Contains("BlastPercentage", exception.Message);
    }

    [Fact]
    public void Json_null_for_a_nullable_value_object_is_null()
    {
        Assert.Null(JsonSerializer.Deserialize<BlastPercentage?>("null"));
        Assert.Null(JsonSerializer.Deserialize<PatientName>("null"));
    }

    [Fact]
    public void Json_normalises_and_validates_like_From()
    {
        Assert.Equal("NCT01234567", JsonSerializer.Deserialize<NctId>("\" nct01234567 \"").Value);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<NctId>("\"NCT1\""));
    }

    [Fact]
    public void Sensitive_values_keep_their_real_value_in_json()
    {
        Assert.Equal("\"Ada\"", JsonSerializer.Serialize(PatientName.From("Ada")));
    }

    [Fact]
    public void Writing_an_uninitialized_value_object_fails()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(TestValues.Uninitialized<BlastPercentage>()));
    }

    [Fact]
    public void Source_generated_context_round_trips_value_objects_including_dictionary_keys()
    {
        var assessment = new Assessment
        {
            Blasts = BlastPercentage.From(4.5m),
            Trial = NctId.From("NCT01234567"),
            BirthDate = BirthDate.From(new DateOnly(1990, 4, 2)),
            Name = PatientName.From("Ada"),
            Matches = { [PatientId.From(SomePatient)] = HlaMatchScore.From(10) },
        };

        string json = JsonSerializer.Serialize(assessment, AssessmentJsonContext.Default.Assessment);
        Assessment? back = JsonSerializer.Deserialize(json, AssessmentJsonContext.Default.Assessment);

        Assert.Equal(
            "{\"Blasts\":4.5,\"Trial\":\"NCT01234567\",\"BirthDate\":\"1990-04-02\",\"Name\":\"Ada\","
            + "\"Matches\":{\"b6a4b0b5-1a63-4e8f-9a5e-7c2a1f0d9e11\":10}}",
            json);
        Assert.NotNull(back);
        Assert.Equal(assessment.Blasts, back.Blasts);
        Assert.Equal(assessment.Trial, back.Trial);
        Assert.Equal(assessment.BirthDate, back.BirthDate);
        Assert.Equal(assessment.Name, back.Name);
        Assert.Equal(HlaMatchScore.From(10), back.Matches[PatientId.From(SomePatient)]);
    }

    [Fact]
    public void Source_generated_context_rejects_invalid_values()
    {
        var exception = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("{\"Blasts\":101}", AssessmentJsonContext.Default.Assessment));

        Assert.Contains("BlastPercentage", exception.Message);
        Assert.Contains("must be at least 0 and at most 100", exception.Message);
    }

    private static void RoundTrip<T>(T value)
    {
        string json = JsonSerializer.Serialize(value);
        Assert.Equal(value, JsonSerializer.Deserialize<T>(json));
    }
}
