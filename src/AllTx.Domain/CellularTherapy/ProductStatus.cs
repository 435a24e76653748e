using System.Text.Json.Serialization;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>Whether a CAR-T product is an approved product or an investigational construct.</summary>
    [JsonConverter(typeof(StrictEnumConverter<ProductStatus>))]
    public enum ProductStatus
    {
        /// <summary>An approved product with a label dose.</summary>
        Approved = 1,

        /// <summary>An investigational construct without a label dose.</summary>
        Investigational,
    }
}
