namespace AllTx.Primitives.Tests.ValueObjects;

public sealed class ValidationTests
{
    [Fact]
    public void Ok_is_a_success_without_a_message()
    {
        Assert.True(Validation.Ok.IsSuccess);
        Assert.Null(Validation.Ok.ErrorMessage);
        Assert.Equal("valid", Validation.Ok.ToString());
    }

    [Fact]
    public void Invalid_carries_its_reason()
    {
        Validation invalid = Validation.Invalid("must be at most 12");

        Assert.False(invalid.IsSuccess);
        Assert.Equal("must be at most 12", invalid.ErrorMessage);
        Assert.Equal("must be at most 12", invalid.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_reason_reads_as_is_invalid(string reason)
    {
        Assert.Equal("is invalid", Validation.Invalid(reason).ErrorMessage);
    }

    [Fact]
    public void Default_is_a_failure_not_a_success()
    {
        Validation unset = default;

        Assert.False(unset.IsSuccess);
        Assert.Equal("is invalid", unset.ErrorMessage);
        Assert.NotEqual(Validation.Ok, unset);
    }

    [Fact]
    public void A_Validate_method_returning_default_rejects_every_value()
    {
        ValueObjectValidationException error = Assert.Throws<ValueObjectValidationException>(() => CarelessScore.From(3));

        Assert.Contains("is invalid", error.Message);
        Assert.False(CarelessScore.TryFrom(3, out _));
        Assert.False(CarelessScore.TryFrom(3).IsSuccess);
    }

    [Fact]
    public void A_value_Validate_rejected_is_never_let_through_even_when_Validate_changes_its_mind()
    {
        // From reads only Validate's outcome and asks Validate again to describe a rejected value; a Validate that
        // depends on more than the value may then pass, and the value is still rejected, as "is invalid".
        ChangeableScore.Calls = 0;

        ValueObjectValidationException error = Assert.Throws<ValueObjectValidationException>(() => ChangeableScore.From(3));

        Assert.Contains("is invalid", error.Message);
        Assert.Equal(2, ChangeableScore.Calls);
    }

    [Fact]
    public void Equality_compares_outcome_and_rule()
    {
        Assert.Equal(Validation.Invalid("must be positive"), Validation.Invalid("must be positive"));
        Assert.NotEqual(Validation.Invalid("must be positive"), Validation.Invalid("must be negative"));
        Assert.True(Validation.Ok == Validation.Ok);
        Assert.True(Validation.Ok != Validation.Invalid("must be positive"));
    }
}
