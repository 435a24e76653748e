using System.Collections.Generic;
using AllTx.Domain.Drugs;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>
    /// The CAR-T products and constructs named in the SDK's catalogue sources (each entry cites its own):
    /// approved tisagenlecleucel and brexucabtagene autoleucel with their label dose rules, and the investigational CD22,
    /// CD19/CD22, BAFF-R and humanised CD19 constructs. Data with a source, never a recommendation.
    /// </summary>
    public static class CarTProducts
    {
        /// <summary>Tisagenlecleucel: CD19, 4-1BB, autologous; ≤ 50 kg 0.2–5.0 × 10⁶/kg, &gt; 50 kg 0.1–2.5 × 10⁸ total (<see cref="ApprovedCarTRegimens.Tisagenlecleucel"/>, <see cref="SourceReference.KymriahLabel"/>).</summary>
        public static CarTProduct Tisagenlecleucel { get; } = CarTProduct.Approved(
            "tisagenlecleucel", TargetAntigen.Cd19, CostimulatoryDomain.FourOneBb, CellSource.Autologous);

        /// <summary>Brexucabtagene autoleucel (KTE-X19): CD19, CD28, autologous; 1 × 10⁶/kg (<see cref="SourceReference.TecartusLabel"/>).</summary>
        public static CarTProduct BrexucabtageneAutoleucel { get; } = CarTProduct.Approved(
            "brexucabtagene autoleucel", TargetAntigen.Cd19, CostimulatoryDomain.Cd28, CellSource.Autologous);

        /// <summary>Investigational CD22 CAR-T (trials in <see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/>).</summary>
        public static CarTProduct Cd22Car { get; } = CarTProduct.Investigational("CD22 CAR-T", TargetAntigen.Cd22, CostimulatoryDomain.NotStated, CellSource.Autologous, CellSource.DonorDerived);

        /// <summary>Investigational CD19/CD22 dual-targeting CAR-T (CAR T cells that target more than one antigen: <see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
        public static CarTProduct Cd19Cd22Car { get; } = CarTProduct.Investigational("CD19/CD22 CAR-T", TargetAntigen.Cd19 | TargetAntigen.Cd22, CostimulatoryDomain.NotStated, CellSource.Autologous, CellSource.DonorDerived);

        /// <summary>Investigational BAFF-R CAR-T, an experimental option for CD19-negative relapse after CAR-T (<see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
        public static CarTProduct BaffRCar { get; } = CarTProduct.Investigational("BAFF-R CAR-T", TargetAntigen.BaffR, CostimulatoryDomain.NotStated, CellSource.Autologous, CellSource.DonorDerived);

        /// <summary>Investigational humanised CD19 CAR-T (<see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/>, <see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
        public static CarTProduct HumanisedCd19Car { get; } = CarTProduct.Investigational("humanised CD19 CAR-T", TargetAntigen.Cd19, CostimulatoryDomain.NotStated, CellSource.Autologous, CellSource.DonorDerived);

        /// <summary>Every catalogue entry, approved first.</summary>
        public static IReadOnlyList<CarTProduct> All { get; } = [Tisagenlecleucel, BrexucabtageneAutoleucel, Cd22Car, Cd19Cd22Car, BaffRCar, HumanisedCd19Car];
    }
}
