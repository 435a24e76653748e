using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>The treatment an MRD monitoring plan is anchored to (<see cref="SourceReference.RelapsePreventionAfterHsct"/>: allo-HSCT or CAR-T).</summary>
    [JsonConverter(typeof(StrictEnumConverter<MrdMonitoringAnchor>))]
    public enum MrdMonitoringAnchor
    {
        /// <summary>Allogeneic haematopoietic stem cell transplantation (day 0 = infusion).</summary>
        AllogeneicHsct = 1,

        /// <summary>CAR T-cell infusion.</summary>
        CarTCellTherapy,
    }
}
