using System.Text.Json.Serialization;

namespace AllTx.Domain.Response
{
    /// <summary>
    /// The response computed from counts with the thresholds of <see cref="SourceReference.CountBasedResponseCriteria"/>: CR (&lt; 5 % marrow
    /// blasts, no EMD, ANC ≥ 1.0 × 10⁹/L, platelets ≥ 100 × 10⁹/L, transfusion independent), CRh (≤ 5 % blasts, platelets
    /// &gt; 50 × 10⁹/L and ANC &gt; 0.5 × 10⁹/L), CRi (CR without the count recovery), or not in remission. A closed union ([Union]).
    /// </summary>
    [Union]
    public abstract partial record CountBasedResponse
    {
        /// <summary>Complete remission (CR).</summary>
        public sealed partial record CompleteRemission : CountBasedResponse;

        /// <summary>Complete remission with partial haematological recovery (CRh).</summary>
        public sealed partial record CompleteRemissionWithPartialRecovery : CountBasedResponse;

        /// <summary>Complete remission with incomplete haematological recovery (CRi).</summary>
        public sealed partial record CompleteRemissionWithIncompleteRecovery : CountBasedResponse;

        /// <summary>Not in remission by counts (blasts at or above the threshold, or extramedullary disease).</summary>
        /// <param name="Reason">Which criterion failed, in words.</param>
        public sealed partial record NotInRemission([property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<string>))] string Reason) : CountBasedResponse;
    }
}
