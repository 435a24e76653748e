using AllTx.Domain.Dosing;

namespace AllTx.Domain.Drugs
{
    /// <summary>The label dose of one regimen step made absolute for a patient: the lowest and highest absolute doses (equal for a single label dose), each with the measurement used and any cap.</summary>
    /// <param name="Step">The regimen step that applied.</param>
    /// <param name="Lowest">The lowest absolute label dose.</param>
    /// <param name="Highest">The highest absolute label dose.</param>
    public sealed record AbsoluteLabelDose(RegimenStep Step, AbsoluteDose Lowest, AbsoluteDose Highest);
}
