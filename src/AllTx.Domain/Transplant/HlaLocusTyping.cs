using System.Globalization;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// The donor–recipient comparison at one HLA locus: the typing resolution and how many of the recipient's two alleles
    /// the donor matches (0, 1 or 2). Sources: <see cref="SourceReference.HistocompatibilityTypingTerms"/>.
    /// </summary>
    /// <param name="Locus">The locus.</param>
    /// <param name="Resolution">The resolution both were typed at (the lower of the two).</param>
    /// <param name="MatchedAlleles">Matched alleles at this locus: 0, 1 or 2.</param>
    public sealed record HlaLocusTyping(HlaLocus Locus, HlaTypingResolution Resolution, int MatchedAlleles)
    {
        /// <summary>The locus.</summary>
        public HlaLocus Locus { get; init; } = DomainEnum.Require(Locus, nameof(Locus));

        /// <summary>The resolution both were typed at.</summary>
        public HlaTypingResolution Resolution { get; init; } = DomainEnum.Require(Resolution, nameof(Resolution));

        /// <summary>Matched alleles at this locus: 0, 1 or 2.</summary>
        public int MatchedAlleles { get; init; } = MatchedAlleles is >= 0 and <= 2
            ? MatchedAlleles
            : throw new DomainValidationException(nameof(HlaLocusTyping), "MatchedAlleles counts the two alleles of a locus: 0, 1 or 2", MatchedAlleles.ToString(CultureInfo.InvariantCulture), nameof(MatchedAlleles));

        /// <summary>"DRB1 2/2 (High)".</summary>
        /// <returns>The locus, its match and its resolution.</returns>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Locus.ToString().ToUpperInvariant()} {MatchedAlleles}/2 ({Resolution})");
    }
}
