using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The hypotension domain of ASTCT CRS grading (<see cref="SourceReference.AstctCrsIcansGrading2019"/>): not requiring vasopressors
    /// → grade 2; requiring a vasopressor with or without vasopressin → grade 3; requiring multiple vasopressors
    /// (excluding vasopressin) → grade 4.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<Hypotension>))]
    public enum Hypotension
    {
        /// <summary>No hypotension.</summary>
        Absent = 1,

        /// <summary>Hypotension not requiring vasopressors (grade 2).</summary>
        NotRequiringVasopressors,

        /// <summary>Hypotension requiring one vasopressor, with or without vasopressin (grade 3).</summary>
        RequiringOneVasopressor,

        /// <summary>Hypotension requiring multiple vasopressors, vasopressin not counted (grade 4).</summary>
        RequiringMultipleVasopressors,
    }
}
