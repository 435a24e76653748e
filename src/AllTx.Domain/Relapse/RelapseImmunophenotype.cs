using System.Text.Json.Serialization;
using AllTx.Domain.Disease;

namespace AllTx.Domain.Relapse
{
    /// <summary>
    /// The findings on relapse blasts that place a relapse in a phenotype (<see cref="SourceReference.RelapsePhenotypeRule"/>): CD19 expression, myeloid markers and
    /// prior CD19-directed therapy. A finding not assessed is null, and the classifier then says what is missing.
    /// </summary>
    /// <param name="Cd19">CD19 expression, or null when not assessed.</param>
    /// <param name="Myeloid">Myeloid markers, or null when not assessed.</param>
    /// <param name="PriorTherapy">CD19-directed therapy given before the relapse.</param>
    public sealed record RelapseImmunophenotype(ExpressionLevel? Cd19, MyeloidMarkers? Myeloid, [property: JsonRequired] PriorCd19DirectedTherapy PriorTherapy);
}
