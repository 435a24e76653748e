using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>The elevated intracranial pressure / cerebral oedema domain of ASTCT ICANS grading (<see cref="SourceReference.AstctCrsIcansGrading2019"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<CerebralOedemaFinding>))]
    public enum CerebralOedemaFinding
    {
        /// <summary>No sign of raised intracranial pressure or cerebral oedema.</summary>
        None = 1,

        /// <summary>Focal or local oedema on neuroimaging (grade 3).</summary>
        FocalOedemaOnImaging,

        /// <summary>Diffuse cerebral oedema on neuroimaging, decerebrate or decorticate posturing, cranial nerve VI palsy, papilloedema, or Cushing's triad (grade 4).</summary>
        DiffuseOedemaOrSigns,
    }
}
