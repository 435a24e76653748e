using System.Text.Json.Serialization;

namespace AllTx.Domain.Trials
{
    /// <summary>The phase of an interventional trial, as its registry or report states it.</summary>
    [JsonConverter(typeof(StrictEnumConverter<TrialPhase>))]
    public enum TrialPhase
    {
        /// <summary>Phase I.</summary>
        Phase1 = 1,

        /// <summary>Phase I/II.</summary>
        Phase1To2,

        /// <summary>Phase II.</summary>
        Phase2,

        /// <summary>Phase III.</summary>
        Phase3,

        /// <summary>Phase IV.</summary>
        Phase4,
    }
}
