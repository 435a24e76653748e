using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>
    /// Central nervous system status of ALL at diagnosis, from a non-traumatic diagnostic lumbar puncture (NCI PDQ,
    /// <see cref="SourceReference.ChildhoodAllTreatmentPdq"/>). <see cref="CnsStatusClassifier"/> derives it from the
    /// cerebrospinal fluid findings.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<CnsStatus>))]
    public enum CnsStatus
    {
        /// <summary>CNS1: cerebrospinal fluid cytospin negative for blasts, whatever the white-cell count.</summary>
        Cns1 = 1,

        /// <summary>CNS2: fewer than 5 white cells/µL with a cytospin positive for blasts.</summary>
        Cns2,

        /// <summary>CNS3 (CNS disease): 5 or more white cells/µL with a cytospin positive for blasts.</summary>
        Cns3,
    }
}
