using System.Text.Json.Serialization;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>The costimulatory domain of a CAR construct (DOMAIN.md "Cellular therapy"; seed 001 Table 2 lists target/costimulatory domain).</summary>
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
