using AllTx.Domain.Disease;
using AllTx.Domain.Mrd;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Maintenance
{
    /// <summary>
    /// The facts <see cref="SourceReference.RelapsePreventionAfterHsct"/>'s considerations for post-HSCT maintenance look at, each null when not known. Build with
    /// <c>with</c> expressions from <see cref="Unknown"/>.
    /// </summary>
    public sealed record MaintenanceContext
    {
        /// <summary>Nothing known yet.</summary>
        public static MaintenanceContext Unknown { get; } = new();

        /// <summary>The risk group (NCIt standard / high).</summary>
        public RiskGroup? RiskGroup { get; init; }

        /// <summary>The Philadelphia status.</summary>
        public PhiladelphiaStatus? Philadelphia { get; init; }

        /// <summary>CD19 expression on the blasts.</summary>
        public ExpressionLevel? Cd19 { get; init; }

        /// <summary>CD22 expression on the blasts.</summary>
        public ExpressionLevel? Cd22 { get; init; }

        /// <summary>The MRD status at transplant.</summary>
        public MrdStatus? MrdAtTransplant { get; init; }

        /// <summary>The conditioning intensity.</summary>
        public ConditioningIntensity? Conditioning { get; init; }

        /// <summary>True when the patient has active GvHD.</summary>
        public bool? ActiveGvhd { get; init; }

        /// <summary>True when the patient has an active infection.</summary>
        public bool? ActiveInfection { get; init; }
    }
}
