using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.Transplant;

public sealed class HlaTypingTests
{
    private static HlaLocusTyping High(HlaLocus locus, int matched = 2) => new(locus, HlaTypingResolution.High, matched);

    [Fact]
    public void A_fully_matched_unrelated_donor_is_8_of_8_10_of_10_and_12_of_12()
    {
        HlaTyping typing = HlaTyping.Of(High(HlaLocus.A), High(HlaLocus.B), High(HlaLocus.C), High(HlaLocus.Drb1), High(HlaLocus.Dqb1), High(HlaLocus.Dpb1));

        Assert.Equal(HlaMatch.Of(8, 8), typing.EightOfEight);
        Assert.Equal(HlaMatch.Of(10, 10), typing.TenOfTen);
        Assert.Equal(HlaMatch.Of(12, 12), typing.TwelveOfTwelve);
    }

    [Fact]
    public void A_single_HLA_C_mismatch_is_7_of_8_and_a_DPB1_mismatch_counts_only_in_12()
    {
        HlaTyping typing = HlaTyping.Of(High(HlaLocus.Dpb1, 0), High(HlaLocus.C, 1), High(HlaLocus.A), High(HlaLocus.B), High(HlaLocus.Drb1), High(HlaLocus.Dqb1));

        Assert.Equal("7/8", typing.EightOfEight.Value);
        Assert.Equal("9/10", typing.TenOfTen.Value);
        Assert.Equal("9/12", typing.TwelveOfTwelve.Value);
        Assert.Equal(HlaLocus.A, typing.Loci[0].Locus);
    }

    [Fact]
    public void A_count_over_a_locus_typed_at_low_resolution_or_not_typed_is_refused()
    {
        HlaTyping typing = HlaTyping.Of(High(HlaLocus.A), High(HlaLocus.B), new HlaLocusTyping(HlaLocus.C, HlaTypingResolution.Low, 2), High(HlaLocus.Drb1));

        var lowResolution = Assert.Throws<DomainValidationException>(() => typing.EightOfEight);
        var missing = Assert.Throws<DomainValidationException>(() => HlaTyping.Of(High(HlaLocus.A), High(HlaLocus.B), High(HlaLocus.C), High(HlaLocus.Drb1)).TenOfTen);

        Assert.Contains("high-resolution typing", lowResolution.Rule, StringComparison.Ordinal);
        Assert.Equal("C 2/2 (Low)", lowResolution.Value);
        Assert.Contains("needs HLA-B typed", Assert.Throws<DomainValidationException>(() => HlaTyping.Of(High(HlaLocus.A)).EightOfEight).Rule, StringComparison.Ordinal);
        Assert.Contains("needs HLA-DQB1 typed", missing.Rule, StringComparison.Ordinal);
        Assert.Equal("not typed", missing.Value);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void A_locus_matches_0_1_or_2_alleles(int matched) =>
        Assert.Equal("MatchedAlleles", Assert.Throws<DomainValidationException>(() => new HlaLocusTyping(HlaLocus.A, HlaTypingResolution.High, matched)).ParamName);

    [Fact]
    public void A_locus_listed_twice_or_an_undeclared_locus_is_refused()
    {
        Assert.Throws<DomainValidationException>(() => HlaTyping.Of(High(HlaLocus.A), High(HlaLocus.A, 1)));
        Assert.Throws<DomainValidationException>(() => new HlaLocusTyping((HlaLocus)9, HlaTypingResolution.High, 2));
        Assert.Throws<DomainValidationException>(() => new HlaLocusTyping(HlaLocus.B, (HlaTypingResolution)0, 2));
    }
}
