using System.Collections.Generic;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>Whether a split CAR-T dose matches its label's structure (<see cref="ObecabtageneAutoleucelSplitDose.Check"/>), with each rule's outcome in words.</summary>
    /// <param name="MatchesLabel">True when every rule holds.</param>
    /// <param name="Reasons">Each rule and whether it held.</param>
    public sealed record SplitDoseCheck(bool MatchesLabel, IReadOnlyList<string> Reasons)
    {
        /// <summary>The reasons, joined.</summary>
        /// <returns>The check in words.</returns>
        public override string ToString() => string.Join("; ", Reasons);
    }
}
