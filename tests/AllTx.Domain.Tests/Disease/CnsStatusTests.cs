using AllTx.Domain.Disease;

namespace AllTx.Domain.Tests.Disease;

public sealed class CnsStatusTests
{
    [Theory]
    [InlineData(0, CytospinBlasts.Absent, CnsStatus.Cns1)]
    [InlineData(40, CytospinBlasts.Absent, CnsStatus.Cns1)]
    [InlineData(0, CytospinBlasts.Present, CnsStatus.Cns2)]
    [InlineData(4.9, CytospinBlasts.Present, CnsStatus.Cns2)]
    [InlineData(5, CytospinBlasts.Present, CnsStatus.Cns3)]
    [InlineData(120, CytospinBlasts.Present, CnsStatus.Cns3)]
    public void The_CSF_white_cell_count_and_cytospin_give_the_NCI_PDQ_CNS_status(decimal whiteCells, CytospinBlasts blasts, CnsStatus expected) =>
        Assert.Equal(expected, CnsStatusClassifier.Classify(LumbarPuncture.NonTraumatic, CsfWhiteCellCount.From(whiteCells), blasts));

    [Fact]
    public void A_traumatic_lumbar_puncture_is_refused_rather_than_classified()
    {
        var error = Assert.Throws<DomainValidationException>(() => CnsStatusClassifier.Classify(LumbarPuncture.Traumatic, CsfWhiteCellCount.From(12m), CytospinBlasts.Present));

        Assert.Equal("Traumatic", error.Value);
        Assert.Contains("non-traumatic lumbar puncture", error.Rule, StringComparison.Ordinal);
        Assert.Equal("puncture", error.ParamName);
    }

    [Fact]
    public void A_negative_count_and_an_uninitialised_count_are_refused()
    {
        Assert.Throws<ValueObjectValidationException>(() => CsfWhiteCellCount.From(TestValues.AtRunTime(-1m)));
        Assert.Equal("whiteCells", Assert.Throws<DomainValidationException>(() => CnsStatusClassifier.Classify(LumbarPuncture.NonTraumatic, TestValues.Uninitialised<CsfWhiteCellCount>(), CytospinBlasts.Absent)).ParamName);
    }
}
