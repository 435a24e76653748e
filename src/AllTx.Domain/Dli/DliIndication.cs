using System.Text.Json.Serialization;

namespace AllTx.Domain.Dli
{
    /// <summary>Why a donor lymphocyte infusion is given (<see cref="SourceReference.RelapsePreventionAfterHsct"/>; CIBMTR form 2199).</summary>
    [JsonConverter(typeof(StrictEnumConverter<DliIndication>))]
    public enum DliIndication
    {
        /// <summary>Prophylactic: without evidence of disease, to prevent relapse.</summary>
        Prophylactic = 1,

        /// <summary>Pre-emptive, for MRD positivity after allo-HSCT.</summary>
        PreEmptiveForMrd,

        /// <summary>Pre-emptive, for loss of donor chimerism.</summary>
        PreEmptiveForChimerismLoss,

        /// <summary>Therapeutic, for haematological relapse.</summary>
        Therapeutic,
    }
}
