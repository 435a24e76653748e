namespace AllTx.Domain.Disease
{
    /// <summary>
    /// Derives <see cref="CnsStatus"/> from the cerebrospinal fluid of a diagnostic lumbar puncture, as NCI PDQ defines it
    /// for a non-traumatic puncture (<see cref="SourceReference.ChildhoodAllTreatmentPdq"/>): no blasts on cytospin → CNS1;
    /// blasts with fewer than 5 white cells/µL → CNS2; blasts with 5 or more white cells/µL → CNS3. A traumatic puncture is
    /// refused, because these definitions do not cover it.
    /// </summary>
    public static class CnsStatusClassifier
    {
        /// <summary>The white-cell count from which a blast-positive sample is CNS3: 5 cells/µL.</summary>
        public const decimal Cns3WhiteCellsPerMicrolitre = 5m;

        /// <summary>The CNS status of a lumbar puncture's cerebrospinal fluid.</summary>
        /// <param name="puncture">Whether the puncture was traumatic.</param>
        /// <param name="whiteCells">The white-cell count (cells/µL).</param>
        /// <param name="blasts">Whether the cytospin shows blasts.</param>
        /// <returns>CNS1, CNS2 or CNS3.</returns>
        /// <exception cref="DomainValidationException">A traumatic puncture, an undeclared value, or an uninitialised count.</exception>
        public static CnsStatus Classify(LumbarPuncture puncture, CsfWhiteCellCount whiteCells, CytospinBlasts blasts)
        {
            if (DomainEnum.Require(puncture, nameof(puncture)) == LumbarPuncture.Traumatic)
            {
                throw new DomainValidationException(nameof(CnsStatus), "CNS1-3 are defined for a non-traumatic lumbar puncture (NCI PDQ); classify a traumatic tap by the treating protocol's rule", puncture.ToString(), nameof(puncture));
            }

            decimal count = whiteCells.Require(nameof(whiteCells)).Value;
            return DomainEnum.Require(blasts, nameof(blasts)) == CytospinBlasts.Absent
                ? CnsStatus.Cns1
                : count < Cns3WhiteCellsPerMicrolitre ? CnsStatus.Cns2 : CnsStatus.Cns3;
        }
    }
}
