namespace AllTx.Domain.CellularTherapy
{
    /// <summary>The label indications of approved CAR-T products that carry an age limit. Data with a source, never advice.</summary>
    public static class CarTIndications
    {
        /// <summary>
        /// Tisagenlecleucel for B-cell precursor ALL: patients up to 25 years of age with disease that is refractory or in
        /// second or later relapse (<see cref="SourceReference.KymriahLabel"/>). A 25-year-old is within the
        /// indication; a 26-year-old is not. The product's dose rule is <see cref="ApprovedCarTRegimens.Tisagenlecleucel"/>.
        /// </summary>
        public static CarTIndication TisagenlecleucelBCellPrecursorAll { get; } = CarTIndication.UpToAge(
            "tisagenlecleucel",
            "B-cell precursor ALL that is refractory or in second or later relapse",
            25,
            SourceReference.KymriahLabel);
    }
}
