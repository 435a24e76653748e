using System.Text.Json.Serialization;

namespace AllTx.Domain.Response
{
    /// <summary>
    /// The response computed from counts with one <see cref="ResponseCriteriaSet"/> (see <see cref="ResponseCriteria"/>):
    /// CR, CRh, CRi, or not in remission. A closed union ([Union]).
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
