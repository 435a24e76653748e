using System;
using System.Collections.Generic;
using System.Linq;
using AllTx.Domain.Disease;

namespace AllTx.Domain.Maintenance
{
    /// <summary>
    /// Which of <see cref="SourceReference.RelapsePreventionAfterHsct"/>'s considerations for starting maintenance after allo-HSCT are present for a patient, which cannot
    /// be told from the facts given, and, for each strategy, its evidence and whether its agent fits the disease biology.
    /// Evidence and factors, never a recommendation: the SDK does not rank or choose a strategy.
    /// </summary>
    public sealed record MaintenanceAssessment
    {
        private MaintenanceAssessment(IReadOnlyList<ConsiderationFinding> present, IReadOnlyList<MaintenanceConsideration> unknown, IReadOnlyList<StrategyEvidence> strategies)
        {
            (Present, Unknown, Strategies) = (present, unknown, strategies);
        }

        /// <summary>The considerations present, each with the fact that makes it present.</summary>
        public IReadOnlyList<ConsiderationFinding> Present { get; }

        /// <summary>The considerations that cannot be told from the facts given.</summary>
        public IReadOnlyList<MaintenanceConsideration> Unknown { get; }

        /// <summary>Every strategy with its evidence and agent fit, in <see cref="SourceReference.RelapsePreventionAfterHsct"/>'s order.</summary>
        public IReadOnlyList<StrategyEvidence> Strategies { get; }

        /// <summary>Assesses the considerations for a patient after allo-HSCT.</summary>
        /// <param name="context">What is known.</param>
        /// <returns>The assessment.</returns>
        public static MaintenanceAssessment Of(MaintenanceContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            List<ConsiderationFinding> present = [];
            List<MaintenanceConsideration> unknown = [];

            void Consider(MaintenanceConsideration consideration, bool? isPresent, string detail)
            {
                if (isPresent is null)
                {
                    unknown.Add(consideration);
                }
                else if (isPresent.Value)
                {
                    present.Add(new ConsiderationFinding(consideration, detail));
                }
            }

            Consider(MaintenanceConsideration.HighRiskDisease, context.RiskGroup is null ? null : context.RiskGroup == RiskGroup.High, "high-risk disease");
            Consider(
                MaintenanceConsideration.MrdAtTransplant,
                context.MrdAtTransplant?.Match(negative => false, insufficient => (bool?)null, pnq => true, positive => true, belowThreshold => true),
                $"MRD at transplant: {context.MrdAtTransplant}");
            Consider(MaintenanceConsideration.ConditioningIntensity, context.Conditioning is null ? null : true, $"conditioning: {context.Conditioning}");
            Consider(
                MaintenanceConsideration.PostTransplantComplications,
                context.ActiveGvhd == true || context.ActiveInfection == true ? true : context.ActiveGvhd is null || context.ActiveInfection is null ? null : false,
                string.Join(" and ", new[] { context.ActiveGvhd == true ? "active GvHD" : null, context.ActiveInfection == true ? "active infection" : null }.OfType<string>()));

            List<StrategyEvidence> strategies = MaintenanceEvidenceCatalogue.All.Select(evidence => FitOf(evidence, context)).ToList();
            Consider(MaintenanceConsideration.AgentFit, strategies.Any(s => s.Fit == AgentFit.Unknown) ? null : true, "agent fit assessed for every strategy");
            return new MaintenanceAssessment(present, unknown, strategies);
        }

        private static StrategyEvidence FitOf(MaintenanceEvidence evidence, MaintenanceContext context) => evidence.Strategy switch
        {
            MaintenanceStrategy.TkiMaintenance => new(evidence, context.Philadelphia is null ? AgentFit.Unknown : context.Philadelphia == PhiladelphiaStatus.Positive ? AgentFit.Fits : AgentFit.DoesNotFit, "TKI maintenance evidence is for Ph+ ALL"),
            MaintenanceStrategy.BlinatumomabMaintenance or MaintenanceStrategy.ProphylacticDonorDerivedCarT => new(evidence, Expressed(context.Cd19), "the agent targets CD19"),
            MaintenanceStrategy.LowDoseInotuzumabMaintenance => new(evidence, Expressed(context.Cd22), "the agent targets CD22"),
            _ => new(evidence, AgentFit.Fits, "DLI acts through the donor graft after allo-HSCT, without an antigen target"),
        };

        private static AgentFit Expressed(ExpressionLevel? level) => level switch
        {
            null => AgentFit.Unknown,
            ExpressionLevel.Negative => AgentFit.DoesNotFit,
            _ => AgentFit.Fits,
        };
    }
}
