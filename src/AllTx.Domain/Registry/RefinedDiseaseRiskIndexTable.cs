using AllTx.Domain.Response;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The refined Disease Risk Index (Armand et al. 2014, <see cref="SourceReference.RefinedDiseaseRiskIndex"/>) computed
    /// from its inputs. The published combination of disease risk and stage risk:
    /// <list type="table">
    /// <listheader><term>disease risk</term><description>low-risk stage / high-risk stage</description></listheader>
    /// <item><term>low</term><description>low / intermediate</description></item>
    /// <item><term>intermediate</term><description>intermediate / high</description></item>
    /// <item><term>high</term><description>high / very high</description></item>
    /// </list>
    /// ALL is an intermediate-risk disease, so an ALL patient in complete remission at transplant (any CR) is
    /// intermediate, and one not in remission (primary induction failure, refractory, active relapse) is high: ALL never
    /// reaches low or very high. Only the ALL row of the paper's disease table is encoded; other diseases need their own
    /// disease-risk assignment. The combination table and the ALL assignment were encoded by the SDK team from the paper
    /// and still await a line-by-line check against its published table.
    /// </summary>
    public static class RefinedDiseaseRiskIndexTable
    {
        /// <summary>The disease risk of ALL in the refined DRI: intermediate.</summary>
        public static DiseaseRiskGroup AcuteLymphoblasticLeukaemiaDiseaseRisk => DiseaseRiskGroup.Intermediate;

        /// <summary>The rDRI group of a disease-risk and a stage-risk group (the published table).</summary>
        /// <param name="disease">The disease risk.</param>
        /// <param name="stage">The stage risk.</param>
        /// <returns>The rDRI group.</returns>
        /// <exception cref="DomainValidationException">An undeclared value.</exception>
        public static RefinedDiseaseRiskIndex Combine(DiseaseRiskGroup disease, StageRiskGroup stage) =>
            (DomainEnum.Require(disease, nameof(disease)), DomainEnum.Require(stage, nameof(stage))) switch
            {
                (DiseaseRiskGroup.Low, StageRiskGroup.Low) => RefinedDiseaseRiskIndex.Low,
                (DiseaseRiskGroup.Low, StageRiskGroup.High) => RefinedDiseaseRiskIndex.Intermediate,
                (DiseaseRiskGroup.Intermediate, StageRiskGroup.Low) => RefinedDiseaseRiskIndex.Intermediate,
                (DiseaseRiskGroup.Intermediate, StageRiskGroup.High) => RefinedDiseaseRiskIndex.High,
                (DiseaseRiskGroup.High, StageRiskGroup.Low) => RefinedDiseaseRiskIndex.High,
                _ => RefinedDiseaseRiskIndex.VeryHigh,
            };

        /// <summary>The stage risk of an acute leukaemia from its disease status at transplant: in remission is low, anything else high.</summary>
        /// <param name="statusAtTransplant">The disease status at transplant.</param>
        /// <returns>The stage risk.</returns>
        /// <exception cref="DomainValidationException">An undeclared value.</exception>
        public static StageRiskGroup StageOf(DiseaseStatus statusAtTransplant) =>
            DomainEnum.Require(statusAtTransplant, nameof(statusAtTransplant)) == DiseaseStatus.InRemission ? StageRiskGroup.Low : StageRiskGroup.High;

        /// <summary>The rDRI of an ALL patient from the disease status at transplant (intermediate in CR, high otherwise).</summary>
        /// <param name="statusAtTransplant">The disease status at transplant.</param>
        /// <returns>The rDRI group.</returns>
        /// <exception cref="DomainValidationException">An undeclared value.</exception>
        public static RefinedDiseaseRiskIndex ForAcuteLymphoblasticLeukaemia(DiseaseStatus statusAtTransplant) =>
            Combine(AcuteLymphoblasticLeukaemiaDiseaseRisk, StageOf(statusAtTransplant));
    }
}
