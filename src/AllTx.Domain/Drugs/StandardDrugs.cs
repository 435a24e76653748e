using AllTx.Domain.Dosing;

namespace AllTx.Domain.Drugs
{
    /// <summary>
    /// The agents the SDK knows, as catalogue entries, each with the catalogue source of its entry (product labels,
    /// <see cref="SourceReference.RelapsePreventionAfterHsct"/> for DLI, and explicitly marked team's choices where no
    /// published source was catalogued). Data with a source, not a recommendation.
    /// </summary>
    public static class StandardDrugs
    {
        private const DoseUnitKind PerSquareMetre = DoseUnitKind.MassPerSquareMetre | DoseUnitKind.MassPerSquareMetrePerDay;
        private const DoseUnitKind PerKilogram = DoseUnitKind.MassPerKilogram | DoseUnitKind.MassPerKilogramPerDay;
        private const DoseUnitKind FixedMass = DoseUnitKind.FixedMass | DoseUnitKind.FixedMassPerDay;

        /// <summary>Blinatumomab: CD19×CD3 bispecific T-cell engager, continuous IV infusion, in ug/d or ug/(m2.d) (<see cref="SourceReference.BlinatumomabLabel"/>).</summary>
        public static Drug Blinatumomab { get; } = Entry("blinatumomab", "blinatumomab", DrugClass.BispecificTCellEngager, TargetAntigen.Cd19 | TargetAntigen.Cd3, Route.ContinuousIntravenousInfusion, DoseUnitKind.FixedMassPerDay | DoseUnitKind.MassPerSquareMetrePerDay, SourceReference.BlinatumomabLabel);

        /// <summary>Inotuzumab ozogamicin: anti-CD22 antibody–drug conjugate, IV, in mg/m2 (<see cref="SourceReference.InotuzumabLabel"/>).</summary>
        public static Drug InotuzumabOzogamicin { get; } = Entry("inotuzumab-ozogamicin", "inotuzumab ozogamicin", DrugClass.AntibodyDrugConjugate, TargetAntigen.Cd22, Route.Intravenous, DoseUnitKind.MassPerSquareMetre, SourceReference.InotuzumabLabel);

        /// <summary>Imatinib: BCR::ABL1 TKI for Ph+ ALL, oral mg/d (<see cref="SourceReference.TyrosineKinaseInhibitorsForPhPositiveAll"/>; post-HSCT TKI evidence: <see cref="SourceReference.PostTransplantTkiEbmt2015"/>).</summary>
        public static Drug Imatinib { get; } = Tki("imatinib");

        /// <summary>Dasatinib: BCR::ABL1 TKI for Ph+ ALL, oral mg/d (<see cref="SourceReference.TyrosineKinaseInhibitorsForPhPositiveAll"/>).</summary>
        public static Drug Dasatinib { get; } = Tki("dasatinib");

        /// <summary>Nilotinib: BCR::ABL1 TKI, oral mg/d; its US label indication is CML, its listing for Ph+ ALL is the team's choice (<see cref="SourceReference.TyrosineKinaseInhibitorsForPhPositiveAll"/>).</summary>
        public static Drug Nilotinib { get; } = Tki("nilotinib");

        /// <summary>Ponatinib: BCR::ABL1 TKI for Ph+ ALL, oral mg/d (<see cref="SourceReference.TyrosineKinaseInhibitorsForPhPositiveAll"/>).</summary>
        public static Drug Ponatinib { get; } = Tki("ponatinib");

        /// <summary>Fludarabine: chemotherapy for conditioning and lymphodepletion, IV, in mg/m2 (lymphodepletion: <see cref="SourceReference.KymriahLabel"/>, <see cref="SourceReference.TecartusLabel"/>).</summary>
        public static Drug Fludarabine { get; } = Entry("fludarabine", "fludarabine", DrugClass.Chemotherapy, TargetAntigen.None, Route.Intravenous, PerSquareMetre, SourceReference.KymriahLabel);

        /// <summary>Cyclophosphamide: chemotherapy for conditioning, lymphodepletion and post-transplant cyclophosphamide, IV, in mg/m2 (lymphodepletion: <see cref="SourceReference.KymriahLabel"/>, <see cref="SourceReference.TecartusLabel"/>) or mg/kg (<see cref="SourceReference.TransplantAgentsCatalogue"/>).</summary>
        public static Drug Cyclophosphamide { get; } = Entry("cyclophosphamide", "cyclophosphamide", DrugClass.Chemotherapy, TargetAntigen.None, Route.Intravenous, PerSquareMetre | PerKilogram, SourceReference.TransplantAgentsCatalogue);

        /// <summary>Anti-thymocyte globulin (ATG): polyclonal antibody for GvHD prophylaxis, IV, in mg/kg (<see cref="SourceReference.TransplantAgentsCatalogue"/>).</summary>
        public static Drug AntiThymocyteGlobulin { get; } = Entry("anti-thymocyte-globulin", "anti-thymocyte globulin", DrugClass.PolyclonalAntibody, TargetAntigen.TCellAntigens, Route.Intravenous, PerKilogram, SourceReference.TransplantAgentsCatalogue);

        /// <summary>G-CSF: growth factor, subcutaneous, in ug/kg or fixed ug (<see cref="SourceReference.TransplantAgentsCatalogue"/>).</summary>
        public static Drug GranulocyteColonyStimulatingFactor { get; } = Entry("g-csf", "granulocyte colony-stimulating factor", DrugClass.GrowthFactor, TargetAntigen.None, Route.Subcutaneous, PerKilogram | FixedMass, SourceReference.TransplantAgentsCatalogue);

        /// <summary>Tisagenlecleucel: CD19 CAR-T (4-1BB), IV, in 10*6/kg or total 10*8{cells} CAR-positive viable T cells (<see cref="SourceReference.KymriahLabel"/>).</summary>
        public static Drug Tisagenlecleucel { get; } = Entry("tisagenlecleucel", "tisagenlecleucel", DrugClass.CarTCellTherapy, TargetAntigen.Cd19, Route.Intravenous, DoseUnitKind.CellsPerKilogram | DoseUnitKind.TotalCells, SourceReference.KymriahLabel);

        /// <summary>Brexucabtagene autoleucel (KTE-X19): CD19 CAR-T (CD28), IV, in 10*6/kg CAR-positive viable T cells (<see cref="SourceReference.TecartusLabel"/>).</summary>
        public static Drug BrexucabtageneAutoleucel { get; } = Entry("brexucabtagene-autoleucel", "brexucabtagene autoleucel", DrugClass.CarTCellTherapy, TargetAntigen.Cd19, Route.Intravenous, DoseUnitKind.CellsPerKilogram, SourceReference.TecartusLabel);

        /// <summary>Obecabtagene autoleucel: CD19 CAR-T for adults with relapsed or refractory B-ALL, IV, a split total dose in CAR-positive viable T cells (<see cref="SourceReference.ObecabtageneAutoleucelLabel"/>; <see cref="CellularTherapy.ObecabtageneAutoleucelSplitDose"/>).</summary>
        public static Drug ObecabtageneAutoleucel { get; } = Entry("obecabtagene-autoleucel", "obecabtagene autoleucel", DrugClass.CarTCellTherapy, TargetAntigen.Cd19, Route.Intravenous, DoseUnitKind.TotalCells, SourceReference.ObecabtageneAutoleucelLabel);

        /// <summary>Donor lymphocyte infusion: lymphocyte product after allo-HSCT, IV, in CD3+ cells per kg (pre-emptive or prophylactic DLI after allo-HSCT: <see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
        public static Drug DonorLymphocyteInfusion { get; } = Entry("donor-lymphocyte-infusion", "donor lymphocyte infusion", DrugClass.DonorLymphocyteInfusion, TargetAntigen.None, Route.Intravenous, DoseUnitKind.CellsPerKilogram, SourceReference.RelapsePreventionAfterHsct);

        /// <summary>Every standard entry, in the order above.</summary>
        public static System.Collections.Generic.IReadOnlyList<Drug> All { get; } = new[]
        {
            Blinatumomab, InotuzumabOzogamicin, Imatinib, Dasatinib, Nilotinib, Ponatinib, Fludarabine, Cyclophosphamide,
            AntiThymocyteGlobulin, GranulocyteColonyStimulatingFactor, Tisagenlecleucel, BrexucabtageneAutoleucel, DonorLymphocyteInfusion,
            ObecabtageneAutoleucel,
        };

        private static Drug Tki(string name) =>
            Entry(name, name, DrugClass.TyrosineKinaseInhibitor, TargetAntigen.None, Route.Oral, DoseUnitKind.FixedMassPerDay, SourceReference.TyrosineKinaseInhibitorsForPhPositiveAll);

        private static Drug Entry(string id, string name, DrugClass drugClass, TargetAntigen targets, Route route, DoseUnitKind kinds, SourceReference source) =>
            Drug.FormularyEntry(DrugId.From(id), name, drugClass, targets, route, kinds, source);
    }
}
