using AllTx.Domain.Mrd;

namespace AllTx.Domain.Tests.Mrd;

public class BcrAbl1ResultTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public void A_transcript_ratio_above_100_percent_is_a_valid_BCR_ABL1_result()
    {
        BcrAbl1Result result = BcrAbl1Result.Detected(MrdSpecimen.PeripheralBlood, Day, BcrAbl1Ratio.From(150m));

        Assert.True(result.IsDetected);
        Assert.Equal("2026-03-01 BCR::ABL1 150 % IS (PeripheralBlood)", result.ToString());
        Assert.Equal(result, Support.Json.RoundTrip(result));
    }

    [Fact]
    public void BCR_ABL1_is_never_an_MRD_cell_fraction_judged_against_1e_4()
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() =>
            MrdResult.Create(MrdMethod.BcrAbl1RtQpcr, MrdSpecimen.BoneMarrow, Day, new MrdOutcome.Positive(MrdLevel.From(0.5m))));

        Assert.Contains("transcript ratio on the International Scale", error.Message, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => MrdResult.Create(MrdMethod.BcrAbl1RtQpcr, MrdSpecimen.BoneMarrow, Day, new MrdOutcome.Negative(AssaySensitivity.From(0.0001m))));
        Assert.Contains("BcrAbl1Result", Support.Json.Rejects<MrdResult>("""{"Method":"BcrAbl1RtQpcr","Specimen":"BoneMarrow","SampleDate":"2026-03-01","Outcome":{"kind":"positiveNotQuantifiable"}}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undetectable_result_carries_its_limit_of_detection_and_an_empty_result_is_refused()
    {
        BcrAbl1Result result = BcrAbl1Result.Undetectable(MrdSpecimen.PeripheralBlood, Day, BcrAbl1Ratio.From(0.0032m));

        Assert.False(result.IsDetected);
        Assert.Contains("undetectable (limit 0.0032 % IS)", result.ToString(), StringComparison.Ordinal);
        Assert.Contains("must hold a Ratio", Support.Json.Rejects<BcrAbl1Result>("""{"Specimen":"BoneMarrow","SampleDate":"2026-03-01"}""").Message, StringComparison.Ordinal);
        Assert.False(BcrAbl1Ratio.TryFrom(decimal.Parse("0", System.Globalization.CultureInfo.InvariantCulture), out _));
    }
}
