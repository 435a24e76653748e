using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.Transplant;

public sealed class DonorRecipientCmvSerostatusTests
{
    [Theory]
    [InlineData("D+/R-", CmvSerostatus.Positive, CmvSerostatus.Negative)]
    [InlineData("d-/r+", CmvSerostatus.Negative, CmvSerostatus.Positive)]
    [InlineData("D+ / R+", CmvSerostatus.Positive, CmvSerostatus.Positive)]
    [InlineData("D\u2212/R\u2212", CmvSerostatus.Negative, CmvSerostatus.Negative)]
    public void The_registry_notation_reads_donor_then_recipient(string text, CmvSerostatus donor, CmvSerostatus recipient)
    {
        DonorRecipientCmvSerostatus pair = DonorRecipientCmvSerostatus.Parse(text);

        Assert.Equal(donor, pair.Donor);
        Assert.Equal(recipient, pair.Recipient);
    }

    [Theory]
    [InlineData("R+/D-")]
    [InlineData("D+")]
    [InlineData("D?/R+")]
    [InlineData("positive")]
    public void Other_notations_are_refused_with_the_expected_form(string text) =>
        Assert.Contains("expected D+/R+, D+/R-, D-/R+ or D-/R-", Assert.Throws<FormatException>(() => DonorRecipientCmvSerostatus.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void The_pair_writes_D_plus_R_minus_and_knows_when_both_are_seronegative()
    {
        Assert.Equal("D+/R\u2212", DonorRecipientCmvSerostatus.Of(CmvSerostatus.Positive, CmvSerostatus.Negative).ToString());
        Assert.True(DonorRecipientCmvSerostatus.Parse("D-/R-").BothSeronegative);
        Assert.False(DonorRecipientCmvSerostatus.Parse("D-/R+").BothSeronegative);
    }

    [Fact]
    public void JSON_round_trips_and_undeclared_values_are_refused()
    {
        DonorRecipientCmvSerostatus pair = DonorRecipientCmvSerostatus.Parse("D-/R+");

        Assert.Equal(pair, Support.Json.RoundTrip(pair));
        Support.Json.Rejects<DonorRecipientCmvSerostatus>("""{"Donor":"Unknown","Recipient":"Positive"}""");
        Support.Json.Rejects<DonorRecipientCmvSerostatus>("""{"Donor":"Positive"}""");
        Assert.Equal("donor", Assert.Throws<DomainValidationException>(() => DonorRecipientCmvSerostatus.Of((CmvSerostatus)0, CmvSerostatus.Positive)).ParamName);
    }
}
