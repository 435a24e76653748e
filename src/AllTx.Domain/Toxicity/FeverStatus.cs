using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The fever domain of ASTCT CRS grading (Lee et al. 2019, <see cref="SourceReference.AstctCrsIcansGrading2019"/>): fever is a
    /// temperature ≥ 38.0 °C not attributable to any other cause, and is required for every CRS grade — unless the patient
    /// already had CRS and then received antipyretic or anti-cytokine therapy (e.g. tocilizumab, steroids), after which
    /// the grade is driven by hypotension and hypoxia alone.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<FeverStatus>))]
    public enum FeverStatus
    {
        /// <summary>No temperature ≥ 38.0 °C (and fever not masked by treatment): no CRS grade can be given.</summary>
        Absent = 1,

        /// <summary>Temperature ≥ 38.0 °C not attributable to any other cause.</summary>
        Present,

        /// <summary>Fever no longer present because antipyretic or anti-cytokine therapy was given for CRS; still counts as the fever criterion.</summary>
        MaskedByCrsTreatment,
    }
}
