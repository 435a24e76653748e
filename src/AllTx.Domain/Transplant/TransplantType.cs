using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>Allogeneic or autologous HSCT (CIBMTR form 2400).</summary>
    [JsonConverter(typeof(StrictEnumConverter<TransplantType>))]
    public enum TransplantType
    {
        /// <summary>Allogeneic: cells from a donor.</summary>
        Allogeneic = 1,

        /// <summary>Autologous: the patient's own cells.</summary>
        Autologous,
    }
}
