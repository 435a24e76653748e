using System.Collections.Generic;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The outcome of applying one named SOS/VOD criteria set to a set of findings: whether the criteria are met, the onset
    /// class when the set has one, and the reasons in words (each criterion met or missed).
    /// </summary>
    /// <param name="Criteria">The criteria set applied.</param>
    /// <param name="IsMet">True when the findings meet the criteria.</param>
    /// <param name="Onset">Classical or late onset (EBMT adult criteria), null for criteria without onset classes.</param>
    /// <param name="Reasons">Each criterion and whether it was met, in words.</param>
    public sealed record SosVodDiagnosis(SosVodCriteria Criteria, bool IsMet, SosVodOnset? Onset, IReadOnlyList<string> Reasons)
    {
        /// <summary>"SOS/VOD by EbmtAdult2016 (Classical): …".</summary>
        /// <returns>The diagnosis in words.</returns>
        public override string ToString() =>
            $"{(IsMet ? "SOS/VOD" : "no SOS/VOD")} by {Criteria}{(Onset is { } onset ? $" ({onset})" : string.Empty)}: {string.Join("; ", Reasons)}";
    }
}
