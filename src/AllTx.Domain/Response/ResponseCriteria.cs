using System;
using AllTx.Domain.Disease;

namespace AllTx.Domain.Response
{
    /// <summary>
    /// Classifies counts as CR, CRh, CRi or not in remission with ONE named criteria set (by default
    /// <see cref="ResponseCriteriaSet.BlinatumomabTrials"/>), so that CR and CRh always share the same blast limit.
    /// Transfusion independence is part of the platelet criterion: a transfusion-dependent patient's platelets never
    /// count as recovered, for CR, CRh or CRi alike.
    /// </summary>
    public static class ResponseCriteria
    {
        /// <summary>The response computed from counts with the SDK's default set, <see cref="ResponseCriteriaSet.BlinatumomabTrials"/>.</summary>
        /// <param name="counts">The findings.</param>
        /// <returns>CR, CRh, CRi or not in remission.</returns>
        public static CountBasedResponse Classify(ResponseCounts counts) => Classify(counts, ResponseCriteriaSet.BlinatumomabTrials);

        /// <summary>The response computed from counts with the criteria set the caller's protocol names.</summary>
        /// <param name="counts">The findings.</param>
        /// <param name="criteria">The criteria set.</param>
        /// <returns>CR, CRh, CRi or not in remission.</returns>
        public static CountBasedResponse Classify(ResponseCounts counts, ResponseCriteriaSet criteria)
        {
            ArgumentNullException.ThrowIfNull(counts);
            ArgumentNullException.ThrowIfNull(criteria);
            if (counts.ExtramedullaryDisease == ExtramedullaryDisease.Present)
            {
                return new CountBasedResponse.NotInRemission("extramedullary disease is present");
            }

            if (!criteria.MarrowBlasts.AllowsAtMost(counts.MarrowBlasts.Value))
            {
                return new CountBasedResponse.NotInRemission($"marrow blasts {counts.MarrowBlasts} are not {criteria.MarrowBlasts.AsUpperBound()} % ({criteria.Name})");
            }

            decimal neutrophils = counts.NeutrophilsPerNanolitre;
            bool independent = counts.Transfusions == TransfusionDependence.Independent;
            bool Platelets(CountLimit limit) => independent && limit.AllowsAtLeast(counts.PlateletsPerNanolitre);
            bool fullNeutrophils = criteria.FullRecoveryNeutrophils.AllowsAtLeast(neutrophils);
            bool fullPlatelets = Platelets(criteria.FullRecoveryPlatelets);
            if (fullNeutrophils && fullPlatelets)
            {
                return new CountBasedResponse.CompleteRemission();
            }

            if (criteria.PartialRecoveryNeutrophils is { } partialNeutrophils && criteria.PartialRecoveryPlatelets is { } partialPlatelets
                && partialNeutrophils.AllowsAtLeast(neutrophils) && Platelets(partialPlatelets))
            {
                return new CountBasedResponse.CompleteRemissionWithPartialRecovery();
            }

            return fullNeutrophils || fullPlatelets
                ? new CountBasedResponse.CompleteRemissionWithIncompleteRecovery()
                : new CountBasedResponse.NotInRemission($"marrow blasts meet {criteria.MarrowBlasts.AsUpperBound()} % but neither the ANC nor transfusion-independent platelets recovered enough for CR, CRh or CRi ({criteria.Name})");
        }
    }
}
