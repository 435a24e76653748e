using System;
using System.Collections.Generic;
using System.Linq;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// The donor–recipient HLA comparison locus by locus (each locus at most once), from which the match counts registries
    /// report are computed: <see cref="EightOfEight"/> over HLA-A, -B, -C and -DRB1, <see cref="TenOfTen"/> adding
    /// -DQB1, <see cref="TwelveOfTwelve"/> adding -DPB1. An allele-level count needs high-resolution typing (<see cref="SourceReference.HistocompatibilityTypingTerms"/>)
    /// at every counted locus: a count over a locus typed at lower resolution, or not typed, is refused.
    /// </summary>
    public sealed record HlaTyping
    {
        private static readonly HlaLocus[] s_eight = [HlaLocus.A, HlaLocus.B, HlaLocus.C, HlaLocus.Drb1];

        private HlaTyping(IReadOnlyList<HlaLocusTyping> loci)
        {
            Loci = loci;
        }

        /// <summary>The loci compared, in locus order.</summary>
        public IReadOnlyList<HlaLocusTyping> Loci { get; }

        /// <summary>The match over HLA-A, -B, -C and -DRB1, e.g. 8/8 or 7/8.</summary>
        /// <exception cref="DomainValidationException">A counted locus is missing or typed below high resolution.</exception>
        public HlaMatch EightOfEight => MatchOver(s_eight);

        /// <summary>The match over HLA-A, -B, -C, -DRB1 and -DQB1, e.g. 10/10 or 9/10.</summary>
        /// <exception cref="DomainValidationException">A counted locus is missing or typed below high resolution.</exception>
        public HlaMatch TenOfTen => MatchOver([.. s_eight, HlaLocus.Dqb1]);

        /// <summary>The match over HLA-A, -B, -C, -DRB1, -DQB1 and -DPB1, e.g. 12/12 or 10/12.</summary>
        /// <exception cref="DomainValidationException">A counted locus is missing or typed below high resolution.</exception>
        public HlaMatch TwelveOfTwelve => MatchOver([.. s_eight, HlaLocus.Dqb1, HlaLocus.Dpb1]);

        /// <summary>The typing of these loci.</summary>
        /// <param name="loci">Each locus at most once.</param>
        /// <returns>The typing.</returns>
        /// <exception cref="DomainValidationException">A locus listed twice or a null entry.</exception>
        public static HlaTyping Of(params IEnumerable<HlaLocusTyping> loci)
        {
            ArgumentNullException.ThrowIfNull(loci);
            List<HlaLocusTyping> list = loci.ToList();
            if (list.Any(locus => locus is null) || list.GroupBy(locus => locus.Locus).FirstOrDefault(group => group.Count() > 1) is { } twice)
            {
                throw new DomainValidationException(nameof(HlaTyping), "lists each locus at most once and no null", string.Join(", ", list), nameof(loci));
            }

            return new HlaTyping(list.OrderBy(locus => locus.Locus).ToList());
        }

        /// <summary>"A 2/2 (High), B 2/2 (High), ...".</summary>
        /// <returns>The loci.</returns>
        public override string ToString() => string.Join(", ", Loci);

        // Matched alleles out of two per counted locus.
        private HlaMatch MatchOver(HlaLocus[] loci)
        {
            List<HlaLocusTyping> counted = [];
            foreach (HlaLocus locus in loci)
            {
                HlaLocusTyping typing = Loci.FirstOrDefault(candidate => candidate.Locus == locus)
                    ?? throw new DomainValidationException(nameof(HlaTyping), $"needs HLA-{locus.ToString().ToUpperInvariant()} typed to count a match over it", "not typed", nameof(loci));
                counted.Add(typing.Resolution == HlaTypingResolution.High
                    ? typing
                    : throw new DomainValidationException(nameof(HlaTyping), "counts allele-level matches only from high-resolution typing", typing.ToString(), nameof(Loci)));
            }

            return HlaMatch.Of(counted.Sum(typing => typing.MatchedAlleles), 2 * counted.Count);
        }
    }
}
