using System.Collections.Generic;
using System.Linq;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The HCT-CI table: the 17 comorbidities with the definitions and weights published by Sorror et al. 2005
    /// (<see cref="SourceReference.HctComorbidityIndex"/>, Table 1): weight 1 for arrhythmia, cardiac disease,
    /// inflammatory bowel disease, diabetes, cerebrovascular disease, psychiatric disturbance, mild hepatic disease, obesity
    /// and infection; 2 for rheumatologic disease, peptic ulcer, moderate/severe renal disease and moderate pulmonary
    /// disease; 3 for prior solid tumour, heart valve disease, severe pulmonary disease and moderate/severe hepatic disease.
    /// The score is the sum of the weights of the comorbidities present (<see cref="HctCiAssessment"/>).
    /// </summary>
    public static class HctCiCatalogue
    {
        private static readonly HctCiComorbidityDefinition[] s_table =
        [
            Entry(HctComorbidity.Arrhythmia, 1, "atrial fibrillation or flutter, sick sinus syndrome, or ventricular arrhythmias"),
            Entry(HctComorbidity.Cardiac, 1, "coronary artery disease (one or more vessel coronary artery stenosis requiring medical treatment, stent or bypass graft), congestive heart failure, myocardial infarction, or ejection fraction <= 50 %"),
            Entry(HctComorbidity.InflammatoryBowelDisease, 1, "Crohn's disease or ulcerative colitis"),
            Entry(HctComorbidity.Diabetes, 1, "requiring treatment with insulin or oral hypoglycaemic agents, not diet alone"),
            Entry(HctComorbidity.CerebrovascularDisease, 1, "transient ischaemic attack or cerebrovascular accident"),
            Entry(HctComorbidity.PsychiatricDisturbance, 1, "depression or anxiety requiring psychiatric consultation or treatment"),
            Entry(HctComorbidity.HepaticMild, 1, "chronic hepatitis, bilirubin > ULN to 1.5 x ULN, or AST/ALT > ULN to 2.5 x ULN"),
            Entry(HctComorbidity.Obesity, 1, "body mass index > 35 kg/m2"),
            Entry(HctComorbidity.Infection, 1, "requiring continuation of antimicrobial treatment after day 0"),
            Entry(HctComorbidity.Rheumatologic, 2, "systemic lupus erythematosus, rheumatoid arthritis, polymyositis, mixed connective tissue disease, or polymyalgia rheumatica"),
            Entry(HctComorbidity.PepticUlcer, 2, "requiring treatment"),
            Entry(HctComorbidity.RenalModerateOrSevere, 2, "serum creatinine > 2 mg/dL, on dialysis, or prior renal transplantation"),
            Entry(HctComorbidity.PulmonaryModerate, 2, "DLCO and/or FEV1 66-80 % or dyspnoea on slight activity"),
            Entry(HctComorbidity.PriorSolidTumour, 3, "treated at any time point in the patient's history, excluding non-melanoma skin cancer"),
            Entry(HctComorbidity.HeartValveDisease, 3, "except mitral valve prolapse"),
            Entry(HctComorbidity.PulmonarySevere, 3, "DLCO and/or FEV1 <= 65 % or dyspnoea at rest or requiring oxygen"),
            Entry(HctComorbidity.HepaticModerateOrSevere, 3, "liver cirrhosis, bilirubin > 1.5 x ULN, or AST/ALT > 2.5 x ULN"),
        ];

        private static readonly Dictionary<HctComorbidity, HctCiComorbidityDefinition> s_byComorbidity = s_table.ToDictionary(definition => definition.Comorbidity);

        /// <summary>The 17 comorbidities in the paper's order (weight 1, then 2, then 3).</summary>
        public static IReadOnlyList<HctCiComorbidityDefinition> All { get; } = s_table.AsReadOnly();

        /// <summary>The source of the table.</summary>
        public static SourceReference Source => SourceReference.HctComorbidityIndex;

        /// <summary>The definition and weight of <paramref name="comorbidity"/>.</summary>
        /// <param name="comorbidity">A declared comorbidity.</param>
        /// <returns>Its catalogue entry.</returns>
        /// <exception cref="DomainValidationException">An undeclared value (e.g. a cast from 99).</exception>
        public static HctCiComorbidityDefinition Of(HctComorbidity comorbidity) => s_byComorbidity[DomainEnum.Require(comorbidity, nameof(comorbidity))];

        private static HctCiComorbidityDefinition Entry(HctComorbidity comorbidity, int weight, string definition) => new(comorbidity, definition, weight);
    }
}
