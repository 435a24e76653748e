using System.Text.Json.Serialization;

namespace AllTx.Domain.Laboratory
{
    /// <summary>
    /// The laboratory values the SDK's criteria read: organ function (<see cref="SourceReference.Nct06507514"/>:
    /// creatinine ≤ 1.6 mg/dL, total bilirubin ≤ 2.0 mg/dL) and blood counts (response criteria,
    /// engraftment: ANC, platelets, WBC in 10⁹/L). Each is measured in the units that fit it (see <see cref="LabValue"/>).
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<LabAnalyte>))]
    public enum LabAnalyte
    {
        /// <summary>Serum creatinine: a mass (<c>mg/dL</c>) or substance (<c>umol/L</c>) concentration; 1 mg/dL = 88.4 µmol/L.</summary>
        SerumCreatinine = 1,

        /// <summary>Total bilirubin: a mass (<c>mg/dL</c>) or substance (<c>umol/L</c>) concentration; 1 mg/dL = 17.1 µmol/L.</summary>
        TotalBilirubin,

        /// <summary>
        /// Haemoglobin: a mass concentration (<c>g/dL</c>, <c>g/L</c>) or, as many European laboratories report it, a
        /// substance concentration (<c>mmol/L</c>). The SDK holds no molar factor for haemoglobin, so a value in one is never
        /// compared with a threshold in the other (<see cref="Units.IncommensurableUnitsException"/>).
        /// </summary>
        Haemoglobin,

        /// <summary>Absolute neutrophil count (ANC): a cell concentration (<c>10*9/L</c>, <c>10*3/uL</c>).</summary>
        AbsoluteNeutrophilCount,

        /// <summary>Platelet count: a cell concentration (<c>10*9/L</c>, <c>10*3/uL</c>).</summary>
        PlateletCount,

        /// <summary>White blood cell count (WBC): a cell concentration (<c>10*9/L</c>, <c>10*3/uL</c>).</summary>
        WhiteBloodCellCount,
    }
}
