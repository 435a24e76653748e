using AllTx.Domain.Outcomes;

namespace AllTx.Domain.Tests.Outcomes;

public sealed class CauseOfDeathTests
{
    [Fact]
    public void The_categories_are_those_of_the_CIBMTR_recipient_death_form_grouped() =>
        Assert.Equal(
            ["RecurrencePersistenceOrProgression", "AcuteGvhd", "ChronicGvhd", "Infection", "OrganFailure", "GraftRejectionOrFailure", "CytokineReleaseSyndrome", "Haemorrhage", "Other"],
            Enum.GetNames<CauseOfDeath>());

    [Fact]
    public void A_cause_is_written_and_read_by_name_only()
    {
        Assert.Equal("\"ChronicGvhd\"", System.Text.Json.JsonSerializer.Serialize(CauseOfDeath.ChronicGvhd));
        Assert.Equal(CauseOfDeath.GraftRejectionOrFailure, Support.Json.RoundTrip(CauseOfDeath.GraftRejectionOrFailure));
        Assert.Contains("CauseOfDeath", Support.Json.Rejects<CauseOfDeath>("\"Relapse\"").Message, StringComparison.Ordinal);
        Support.Json.Rejects<CauseOfDeath>("3");
    }
}
