using System.Text.Json.Serialization;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>The costimulatory domain of a CAR construct (4-1BB for tisagenlecleucel, <see cref="SourceReference.KymriahLabel"/>; CD28 for brexucabtagene autoleucel, <see cref="SourceReference.TecartusLabel"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<CostimulatoryDomain>))]
    public enum CostimulatoryDomain
    {
        /// <summary>4-1BB (CD137), e.g. tisagenlecleucel.</summary>
        FourOneBb = 1,

        /// <summary>CD28, e.g. brexucabtagene autoleucel.</summary>
        Cd28,

        /// <summary>Not stated by the source.</summary>
        NotStated,
    }
}
