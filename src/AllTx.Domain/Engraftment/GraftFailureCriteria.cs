using AllTx.Domain.Transplant;

namespace AllTx.Domain.Engraftment
{
    /// <summary>
    /// The limits that define <see cref="GraftFailure"/> (<see cref="SourceReference.GraftFailureDefinitions"/>): neutrophil
    /// engraftment (ANC ≥ 0.5 × 10⁹/L, <see cref="EngraftmentCriteria.NeutrophilThreshold"/>) must come by day +28, or by
    /// day +42 after a cord blood graft; after engraftment, 3 consecutive days below 0.5 × 10⁹/L are secondary graft
    /// failure; less than 5 % donor chimerism is primary graft failure with autologous reconstitution.
    /// </summary>
    public static class GraftFailureCriteria
    {
        /// <summary>The last day for neutrophil engraftment after a bone marrow or peripheral blood graft: day +28.</summary>
        public const int EngraftmentDeadlineDay = 28;

        /// <summary>The last day for neutrophil engraftment after a cord blood graft: day +42.</summary>
        public const int CordBloodEngraftmentDeadlineDay = 42;

        /// <summary>Consecutive days below the neutrophil threshold after engraftment that make secondary graft failure: 3.</summary>
        public const int SecondaryFailureConsecutiveDays = 3;

        /// <summary>Donor chimerism below this percentage is primary graft failure with autologous reconstitution: 5 %.</summary>
        public const decimal AutologousReconstitutionDonorPercentBelow = 5m;

        /// <summary>The last day by which neutrophils must engraft after a graft from <paramref name="source"/>.</summary>
        /// <param name="source">The graft source.</param>
        /// <returns>Day +42 for cord blood, day +28 otherwise.</returns>
        /// <exception cref="DomainValidationException">An undeclared value.</exception>
        public static TransplantDay EngraftmentDeadline(GraftSource source) =>
            TransplantDay.Of(DomainEnum.Require(source, nameof(source)) == GraftSource.CordBlood ? CordBloodEngraftmentDeadlineDay : EngraftmentDeadlineDay);

        /// <summary>
        /// True when the neutrophil outcome, assessed on <paramref name="assessedOn"/>, is primary graft failure, i.e. the
        /// ANC did not reach 0.5 × 10⁹/L by the deadline for <paramref name="source"/>: not engrafted with the deadline
        /// passed, or engrafted only after the deadline (the engraftment day is the first of the qualifying values). Not
        /// engrafted while the deadline has not passed is not graft failure (yet). A count that never fell below the
        /// threshold (<see cref="EngraftmentOutcome.NeverBelowThreshold"/>) is not graft failure either.
        /// </summary>
        /// <param name="neutrophils">The neutrophil engraftment outcome (<see cref="EngraftmentCriteria.Neutrophils"/>).</param>
        /// <param name="source">The graft source.</param>
        /// <param name="assessedOn">The day of the assessment.</param>
        /// <returns>True for primary graft failure.</returns>
        public static bool IsPrimaryGraftFailure(EngraftmentOutcome neutrophils, GraftSource source, TransplantDay assessedOn)
        {
            System.ArgumentNullException.ThrowIfNull(neutrophils);
            int deadline = EngraftmentDeadline(source).Offset;
            return neutrophils.Match(
                engrafted => engrafted.Day.Offset > deadline,
                neverBelowThreshold => false,
                notEngrafted => assessedOn.Offset > deadline);
        }
    }
}
