using System.Text.Json.Serialization;

namespace AllTx.Domain.Maintenance
{
    /// <summary>A consideration <see cref="SourceReference.RelapsePreventionAfterHsct"/> (Figure 2) names for starting maintenance after allo-HSCT: disease characteristics, MRD at transplant, conditioning intensity, post-HSCT complications, and the agent's fit to the disease biology.</summary>
    [JsonConverter(typeof(StrictEnumConverter<MaintenanceConsideration>))]
    public enum MaintenanceConsideration
    {
        /// <summary>Underlying disease characteristics (e.g. high-risk).</summary>
        HighRiskDisease = 1,

        /// <summary>MRD status at transplant (pre-transplant MRD positivity is associated with a higher relapse risk).</summary>
        MrdAtTransplant,

        /// <summary>Intensity of the conditioning regimen.</summary>
        ConditioningIntensity,

        /// <summary>Post-HSCT complications such as GvHD or infection.</summary>
        PostTransplantComplications,

        /// <summary>Whether the agent addresses the disease biology (e.g. Ph+ for TKIs, CD19 for blinatumomab, CD22 for inotuzumab).</summary>
        AgentFit,
    }
}
