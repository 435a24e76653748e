using System.Text.Json.Serialization;

namespace AllTx.Domain.Drugs
{
    /// <summary>The pharmacological class of an agent used around ALL transplant and cellular therapy.</summary>
    [JsonConverter(typeof(StrictEnumConverter<DrugClass>))]
    public enum DrugClass
    {
        /// <summary>Bispecific T-cell engager (BiTE), e.g. blinatumomab (CD19×CD3).</summary>
        BispecificTCellEngager = 1,

        /// <summary>Antibody–drug conjugate, e.g. inotuzumab ozogamicin (anti-CD22).</summary>
        AntibodyDrugConjugate,

        /// <summary>Tyrosine kinase inhibitor of BCR::ABL1 (Ph+ ALL), e.g. imatinib, dasatinib, nilotinib, ponatinib.</summary>
        TyrosineKinaseInhibitor,

        /// <summary>Cytotoxic chemotherapy, e.g. fludarabine, cyclophosphamide.</summary>
        Chemotherapy,

        /// <summary>Polyclonal antibody for GvHD prophylaxis, e.g. anti-thymocyte globulin (ATG).</summary>
        PolyclonalAntibody,

        /// <summary>Haematopoietic growth factor, e.g. G-CSF.</summary>
        GrowthFactor,

        /// <summary>Chimeric antigen receptor T-cell therapy, e.g. tisagenlecleucel.</summary>
        CarTCellTherapy,

        /// <summary>Donor lymphocyte infusion after allo-HSCT, dosed in CD3+ cells per kg.</summary>
        DonorLymphocyteInfusion,
    }
}
