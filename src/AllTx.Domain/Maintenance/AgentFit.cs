using System.Text.Json.Serialization;

namespace AllTx.Domain.Maintenance
{
    /// <summary>Whether a maintenance strategy's agent matches the disease biology, as far as the facts given tell (<see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<AgentFit>))]
    public enum AgentFit
    {
        /// <summary>The disease has the target the strategy's evidence is about.</summary>
        Fits = 1,

        /// <summary>The disease lacks the target the strategy's evidence is about.</summary>
        DoesNotFit,

        /// <summary>The fact needed to tell is not given.</summary>
        Unknown,
    }
}
