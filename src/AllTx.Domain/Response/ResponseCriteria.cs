using System;
using AllTx.Domain.Disease;

namespace AllTx.Domain.Response
{
    /// <summary>
    /// The CR / CRh / CRi thresholds of <see cref="SourceReference.CountBasedResponseCriteria"/>, applied to counts. The thresholds are
    /// public so that a report can state the criteria set that was applied.
    /// </summary>
    public static class ResponseCriteria
    {
        /// <summary>CR: marrow blasts below 5 %.</summary>
        public const decimal CompleteRemissionBlastsBelowPercent = 5m;

        /// <summary>CR: ANC at least 1.0 × 10⁹/L.</summary>
        public const decimal CompleteRemissionMinimumNeutrophils = 1.0m;

        /// <summary>CR: platelets at least 100 × 10⁹/L.</summary>
        public const decimal CompleteRemissionMinimumPlatelets = 100m;

        /// <summary>CRh: marrow blasts at most 5 %.</summary>
        public const decimal PartialRecoveryBlastsAtMostPercent = 5m;

        /// <summary>CRh: ANC above 0.5 × 10⁹/L.</summary>
        public const decimal PartialRecoveryNeutrophilsAbove = 0.5m;

        /// <summary>CRh: platelets above 50 × 10⁹/L.</summary>
        public const decimal PartialRecoveryPlateletsAbove = 50m;

        /// <summary>The criteria set in words, to record with each assessment (<see cref="SourceReference.CountBasedResponseCriteria"/>).</summary>
        public static SourceReference CriteriaSet => SourceReference.CountBasedResponseCriteria;

        /// <summary>The response computed from counts.</summary>
        /// <param name="counts">The findings.</param>
        /// <returns>CR, CRh, CRi or not in remission.</returns>
        public static CountBasedResponse Classify(ResponseCounts counts)
        {
            ArgumentNullException.ThrowIfNull(counts);
            decimal blasts = counts.MarrowBlasts.Value;
            decimal neutrophils = counts.NeutrophilsPerNanolitre;
            decimal platelets = counts.PlateletsPerNanolitre;
            if (counts.ExtramedullaryDisease == ExtramedullaryDisease.Present)
            {
                return new CountBasedResponse.NotInRemission("extramedullary disease is present");
            }

            if (blasts < CompleteRemissionBlastsBelowPercent && neutrophils >= CompleteRemissionMinimumNeutrophils
                && platelets >= CompleteRemissionMinimumPlatelets && counts.Transfusions == TransfusionDependence.Independent)
            {
                return new CountBasedResponse.CompleteRemission();
            }

            if (blasts <= PartialRecoveryBlastsAtMostPercent && neutrophils > PartialRecoveryNeutrophilsAbove && platelets > PartialRecoveryPlateletsAbove)
            {
                return new CountBasedResponse.CompleteRemissionWithPartialRecovery();
            }

            return blasts < CompleteRemissionBlastsBelowPercent
                ? new CountBasedResponse.CompleteRemissionWithIncompleteRecovery()
                : new CountBasedResponse.NotInRemission($"marrow blasts {counts.MarrowBlasts} are not below {CompleteRemissionBlastsBelowPercent} %");
        }
    }
}
