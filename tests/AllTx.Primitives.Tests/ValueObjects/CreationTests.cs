namespace AllTx.Primitives.Tests.ValueObjects;

public sealed class CreationTests
{
    [Fact]
    public void From_accepts_the_ends_of_an_inclusive_range()
    {
        Assert.Equal(0m, BlastPercentage.From(0m).Value);
        Assert.Equal(100m, BlastPercentage.From(100m).Value);
    }

    [Fact]
    public void From_rejects_blast_percentage_above_100_naming_type_value_and_rule()
    {
        var exception = Assert.Throws<ValueObjectValidationException>(() => BlastPercentage.From(TestValues.AtRunTime(150m)));

        Assert.Equal(typeof(BlastPercentage), exception.ValueObjectType);
        Assert.Equal("'150' is not a valid BlastPercentage: must be at least 0 and at most 100.", exception.Message);
        Assert.Equal("must be at least 0 and at most 100", exception.Rule);
        Assert.Equal("'150'", exception.AttemptedValue);
    }

    [Fact]
    public void Exclusive_range_ends_are_rejected()
    {
        Assert.False(MrdFraction.TryFrom(0.0, out _));
        Assert.True(MrdFraction.TryFrom(1.0, out _));
        Assert.False(Grade.TryFrom(4, out _));
        Assert.True(Grade.TryFrom(3, out _));
        Assert.Equal("must be greater than 0 and at most 1", MrdFraction.TryFrom(0.0).Error.ErrorMessage);
        Assert.Equal("must be at least 1 and less than 4", Grade.TryFrom(0).Error.ErrorMessage);
    }

    [Fact]
    public void NaN_never_passes_a_range()
    {
        Assert.False(MrdFraction.TryFrom(double.NaN, out _));
        Assert.False(BodySurfaceArea.TryFrom(float.NaN, out _));
    }

    [Theory]
    [InlineData(0L, false)]
    [InlineData(1L, true)]
    [InlineData(10_000_000_000L, true)]
    [InlineData(10_000_000_001L, false)]
    public void Long_ranges_keep_full_precision(long cells, bool valid) => Assert.Equal(valid, CellCount.TryFrom(cells, out _));

    [Fact]
    public void Short_and_float_ranges_apply()
    {
        Assert.True(AgeInYears.TryFrom(200, out _));
        Assert.False(AgeInYears.TryFrom(201, out _));
        Assert.True(BodySurfaceArea.TryFrom(2.5f, out _));
        Assert.False(BodySurfaceArea.TryFrom(2.6f, out _));
    }

    [Fact]
    public void User_validate_runs_and_its_message_and_data_reach_the_exception()
    {
        var exception = Assert.Throws<ValueObjectValidationException>(() => HlaMatchScore.From(13));

        Assert.Equal("'13' is not a valid HlaMatchScore: must be between 0 and 12 matched alleles.", exception.Message);
        Assert.Equal(12, exception.Data["alleles"]);
        Assert.Equal(12, HlaMatchScore.From(12).Value);
    }

    [Fact]
    public void Declarative_rules_and_user_validate_combine()
    {
        Assert.Equal("must not be empty", PatientName.TryFrom("   ").Error.ErrorMessage);
        Assert.Equal("must be 1 to 20 characters long (it has 21)", PatientName.TryFrom(new string('a', 21)).Error.ErrorMessage);
        Assert.Equal("must be in 1900 or later", BirthDate.TryFrom(new DateOnly(1899, 12, 31)).Error.ErrorMessage);
    }

    [Fact]
    public void NormalizeInput_runs_before_validation()
    {
        NctId id = NctId.From("  nct01234567 ");

        Assert.Equal("NCT01234567", id.Value);
    }

    [Fact]
    public void Pattern_rule_rejects_a_malformed_trial_id()
    {
        var exception = Assert.Throws<ValueObjectValidationException>(() => NctId.From(TestValues.AtRunTime("NCT123")));

        Assert.Equal(@"'NCT123' is not a valid NctId: must match the pattern ^NCT\d{8}$.", exception.Message);
    }

    [Fact]
    public void Value_whose_pattern_check_times_out_is_rejected_naming_the_rule()
    {
        string input = new string('a', 40) + "!";

        var exception = Assert.Throws<ValueObjectValidationException>(() => BacktrackingCode.From(input));

        Assert.Equal("must match the pattern ^(a+)+$ (the check timed out)", exception.Rule);
        Assert.False(BacktrackingCode.TryFrom(input, out _));
    }

    [Fact]
    public void Null_is_rejected_for_reference_underlying_types()
    {
        var exception = Assert.Throws<ValueObjectValidationException>(() => NctId.From(TestValues.AtRunTime<string>(null!)));

        Assert.Equal("null is not a valid NctId: must not be null.", exception.Message);
        Assert.False(WardCode.TryFrom(null!, out _));
    }

    [Fact]
    public void NotEmpty_rejects_the_empty_guid()
    {
        Assert.False(PatientId.TryFrom(Guid.Empty, out _));
        Assert.True(PatientId.TryFrom(Guid.NewGuid(), out _));
    }

    [Fact]
    public void TryFrom_returns_the_value_object_or_the_broken_rule()
    {
        ValueObjectOrError<BlastPercentage> valid = BlastPercentage.TryFrom(12.5m);
        ValueObjectOrError<BlastPercentage> invalid = BlastPercentage.TryFrom(-1m);

        Assert.True(valid.IsSuccess);
        Assert.Equal(12.5m, valid.ValueObject.Value);
        Assert.True(valid.Error.IsSuccess);
        Assert.Equal(Validation.Ok, valid.Error);
        Assert.False(invalid.IsSuccess);
        Assert.Equal("must be at least 0 and at most 100", invalid.Error.ErrorMessage);
        Assert.Throws<InvalidOperationException>(() => invalid.ValueObject);
    }

    [Fact]
    public void TryFrom_with_out_parameter_reports_validity()
    {
        Assert.True(BloodGroupLetter.TryFrom('A', out BloodGroupLetter letter));
        Assert.Equal('A', letter.Value);
        Assert.False(BloodGroupLetter.TryFrom('Z', out _));
    }

    [Fact]
    public void Instances_are_created_from_the_declared_values()
    {
        Assert.Equal(0m, BlastPercentage.Zero.Value);
        Assert.Equal(50.5m, BlastPercentage.Half.Value);
        Assert.Equal(12, HlaMatchScore.Perfect.Value);
    }

    [Fact]
    public void Types_without_rules_accept_every_value()
    {
        DateTimeOffset at = new(2024, 5, 1, 8, 30, 0, TimeSpan.FromHours(2));

        Assert.True(ConsentGiven.From(true).Value);
        Assert.Equal(at, TransplantAt.From(at).Value);
        Assert.Equal(new TimeOnly(9, 15), InfusionStartTime.From(new TimeOnly(9, 15)).Value);
        Assert.Equal(new DateTime(2024, 1, 2), SampleTakenAt.From(new DateTime(2024, 1, 2)).Value);
        Assert.Equal(new Version(2, 1), ProtocolVersion.From(new Version(2, 1)).Value);
        Assert.Equal(3, Nesting.NestedDay.From(3).Value);
    }

    [Fact]
    public void Validation_WithData_leaves_the_original_unchanged()
    {
        Validation invalid = Validation.Invalid("must be positive");
        Validation withData = invalid.WithData("unit", "mg");

        Assert.Null(invalid.Data);
        Assert.Equal("mg", withData.Data!["unit"]);
        Assert.Equal(Validation.Ok, Validation.Ok.WithData("unit", "mg"));
        Assert.Null(Validation.Ok.WithData("unit", "mg").Data);
    }
}
