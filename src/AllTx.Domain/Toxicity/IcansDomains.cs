namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The ICANS domains that adult and paediatric ASTCT grading share (<see cref="AstctConsensus.Grading2019"/>): level of
    /// consciousness, seizure, motor findings and raised intracranial pressure / cerebral oedema. Only the encephalopathy
    /// domain differs (ICE score from 12 years, CAPD below 12).
    /// </summary>
    internal static class IcansDomains
    {
        /// <summary>The four shared domains, each with the grade its finding gives alone.</summary>
        public static GradeContribution[] NonCognitive(ConsciousnessLevel consciousness, SeizureFinding seizure, MotorFinding motor, CerebralOedemaFinding cerebralOedema) =>
        [
            new("level of consciousness", consciousness switch
            {
                ConsciousnessLevel.AwakensSpontaneously => "awakens spontaneously",
                ConsciousnessLevel.AwakensToVoice => "awakens to voice",
                ConsciousnessLevel.AwakensOnlyToTactileStimulus => "awakens only to tactile stimulus",
                ConsciousnessLevel.Unarousable => "unarousable",
                _ => "not depressed",
            }, consciousness switch
            {
                ConsciousnessLevel.AwakensSpontaneously => 1,
                ConsciousnessLevel.AwakensToVoice => 2,
                ConsciousnessLevel.AwakensOnlyToTactileStimulus => 3,
                ConsciousnessLevel.Unarousable => 4,
                _ => 0,
            }),
            new("seizure", seizure switch
            {
                SeizureFinding.ResolvingRapidlyOrWithIntervention => "seizure resolving rapidly or with intervention",
                SeizureFinding.ProlongedOrRepetitive => "prolonged (> 5 min) or repetitive seizures",
                _ => "no seizure",
            }, seizure switch
            {
                SeizureFinding.ResolvingRapidlyOrWithIntervention => 3,
                SeizureFinding.ProlongedOrRepetitive => 4,
                _ => 0,
            }),
            new("motor findings", motor == MotorFinding.DeepFocalMotorWeakness ? "deep focal motor weakness" : "none", motor == MotorFinding.DeepFocalMotorWeakness ? 4 : 0),
            new("raised intracranial pressure / cerebral oedema", cerebralOedema switch
            {
                CerebralOedemaFinding.FocalOedemaOnImaging => "focal oedema on neuroimaging",
                CerebralOedemaFinding.DiffuseOedemaOrSigns => "diffuse cerebral oedema or its signs",
                _ => "none",
            }, cerebralOedema switch
            {
                CerebralOedemaFinding.FocalOedemaOnImaging => 3,
                CerebralOedemaFinding.DiffuseOedemaOrSigns => 4,
                _ => 0,
            }),
        ];
    }
}
