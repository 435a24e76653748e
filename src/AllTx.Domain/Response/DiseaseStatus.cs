using System.Text.Json.Serialization;

namespace AllTx.Domain.Response
{
    /// <summary>Disease status categories recorded besides the count-based remissions (<see cref="SourceReference.DiseaseStatusCategories"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<DiseaseStatus>))]
    public enum DiseaseStatus
    {
        /// <summary>In complete remission (CR, CRh or CRi; see <see cref="CountBasedResponse"/>).</summary>
        InRemission = 1,

        /// <summary>Primary induction failure: no remission after induction.</summary>
        PrimaryInductionFailure,

        /// <summary>Refractory disease.</summary>
        Refractory,

        /// <summary>Relapse after a remission.</summary>
        Relapse,
    }
}
