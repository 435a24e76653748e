using System;

namespace AllTx.Domain.Response
{
    /// <summary>
    /// A named set of haematological response criteria, applied as a whole so that CR, CRh and CRi never mix thresholds
    /// from different sources. The SDK's default is <see cref="BlinatumomabTrials"/>; a caller whose protocol uses another
    /// published set builds it with <see cref="Create"/> and names its source. Record the set with each assessment.
    /// </summary>
    public sealed record ResponseCriteriaSet
    {
        private ResponseCriteriaSet(string name, CountLimit blasts, CountLimit fullNeutrophils, CountLimit fullPlatelets, CountLimit? partialNeutrophils, CountLimit? partialPlatelets, SourceReference source)
        {
            Name = name;
            MarrowBlasts = blasts;
            FullRecoveryNeutrophils = fullNeutrophils;
            FullRecoveryPlatelets = fullPlatelets;
            PartialRecoveryNeutrophils = partialNeutrophils;
            PartialRecoveryPlatelets = partialPlatelets;
            Source = source;
        }

        /// <summary>
        /// The blinatumomab trial and label set (TOWER, <see cref="SourceReference.TowerTrial"/>; the same definitions as
        /// MT103-211): CR ≤ 5 % marrow blasts, no evidence of disease, platelets &gt; 100 × 10⁹/L and ANC &gt; 1.0 × 10⁹/L;
        /// CRh ≤ 5 % blasts, platelets &gt; 50 × 10⁹/L and ANC &gt; 0.5 × 10⁹/L; CRi ≤ 5 % blasts with incomplete recovery,
        /// platelets &gt; 100 × 10⁹/L or ANC &gt; 1.0 × 10⁹/L. A platelet count supported by transfusion is not recovery.
        /// </summary>
        public static ResponseCriteriaSet BlinatumomabTrials { get; } = new(
            "TOWER / BLINCYTO label (CR, CRh, CRi)",
            new CountLimit(5m, Inclusive: true),
            new CountLimit(1.0m, Inclusive: false),
            new CountLimit(100m, Inclusive: false),
            new CountLimit(0.5m, Inclusive: false),
            new CountLimit(50m, Inclusive: false),
            SourceReference.TowerTrial);

        /// <summary>The set's name, to record with each assessment.</summary>
        public string Name { get; }

        /// <summary>The marrow blast limit, in percent (an upper bound).</summary>
        public CountLimit MarrowBlasts { get; }

        /// <summary>CR: the ANC needed, in 10⁹/L (a lower bound).</summary>
        public CountLimit FullRecoveryNeutrophils { get; }

        /// <summary>CR: the platelet count needed without transfusion support, in 10⁹/L (a lower bound).</summary>
        public CountLimit FullRecoveryPlatelets { get; }

        /// <summary>CRh: the ANC needed, in 10⁹/L; null when the set has no CRh.</summary>
        public CountLimit? PartialRecoveryNeutrophils { get; }

        /// <summary>CRh: the platelet count needed without transfusion support, in 10⁹/L; null when the set has no CRh.</summary>
        public CountLimit? PartialRecoveryPlatelets { get; }

        /// <summary>Where the set is published.</summary>
        public SourceReference Source { get; }

        /// <summary>
        /// A criteria set from another published source (a protocol, a guideline). CRi is always "blast criterion met, one
        /// of the full-recovery counts met"; leave both partial-recovery limits null for a set without CRh.
        /// </summary>
        /// <param name="name">The set's name.</param>
        /// <param name="marrowBlasts">The marrow blast limit in percent, e.g. <c>(5, Inclusive: false)</c> for "&lt; 5 %".</param>
        /// <param name="fullRecoveryNeutrophils">CR ANC in 10⁹/L.</param>
        /// <param name="fullRecoveryPlatelets">CR platelets in 10⁹/L.</param>
        /// <param name="partialRecoveryNeutrophils">CRh ANC in 10⁹/L, or null.</param>
        /// <param name="partialRecoveryPlatelets">CRh platelets in 10⁹/L, or null.</param>
        /// <param name="source">The publication.</param>
        /// <returns>The set.</returns>
        /// <exception cref="DomainValidationException">A blank name, a blast limit outside 0–100 %, a negative count limit, or only one CRh limit.</exception>
        public static ResponseCriteriaSet Create(string name, CountLimit marrowBlasts, CountLimit fullRecoveryNeutrophils, CountLimit fullRecoveryPlatelets, CountLimit? partialRecoveryNeutrophils, CountLimit? partialRecoveryPlatelets, SourceReference source)
        {
            ArgumentNullException.ThrowIfNull(source);
            Require(!string.IsNullOrWhiteSpace(name), "Name", "must not be blank", name);
            Require(marrowBlasts.Value is >= 0m and <= 100m, nameof(marrowBlasts), "must be a percentage from 0 to 100", marrowBlasts.AsUpperBound());
            foreach ((CountLimit? limit, string field) in new[] { ((CountLimit?)fullRecoveryNeutrophils, nameof(fullRecoveryNeutrophils)), (fullRecoveryPlatelets, nameof(fullRecoveryPlatelets)), (partialRecoveryNeutrophils, nameof(partialRecoveryNeutrophils)), (partialRecoveryPlatelets, nameof(partialRecoveryPlatelets)) })
            {
                Require(limit is not { Value: < 0m }, field, "must not be negative (10⁹/L)", limit?.AsLowerBound() ?? "null");
            }

            Require(partialRecoveryNeutrophils.HasValue == partialRecoveryPlatelets.HasValue, nameof(partialRecoveryPlatelets), "must be given together with partialRecoveryNeutrophils (a set has both CRh limits or none)", partialRecoveryPlatelets?.AsLowerBound() ?? "null");
            return new ResponseCriteriaSet(name.Trim(), marrowBlasts, fullRecoveryNeutrophils, fullRecoveryPlatelets, partialRecoveryNeutrophils, partialRecoveryPlatelets, source);
        }

        /// <summary>The name.</summary>
        /// <returns><see cref="Name"/>.</returns>
        public override string ToString() => Name;

        private static void Require(bool ok, string field, string rule, string value)
        {
            if (!ok)
            {
                throw new DomainValidationException(nameof(ResponseCriteriaSet), field + " " + rule, value, field);
            }
        }
    }
}
