using System.Text.Json.Serialization;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>Whose T cells a CAR-T product is made from (<see cref="SourceReference.RelapsePreventionAfterHsct"/> for prophylactic donor-derived CAR-T after allo-HSCT).</summary>
    [JsonConverter(typeof(StrictEnumConverter<CellSource>))]
    public enum CellSource
    {
        /// <summary>The patient's own T cells.</summary>
        Autologous = 1,

        /// <summary>T cells of the patient's HSCT donor.</summary>
        DonorDerived,
    }
}
