namespace AllTx.Domain
{
    /// <summary>The sources of the radiation dose facts (<see cref="Radiotherapy.RadiationDose"/>, total body irradiation).</summary>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// The gray (Gy), the SI unit of absorbed dose, 1 Gy = 1 J/kg: CGPM 15th meeting (1975), Resolution 9.
        /// doi:10.59161/cgpm1975res9e.
        /// </summary>
        public static SourceReference GrayUnit { get; } = new(
            "Conférence Générale des Poids et Mesures, 15th meeting (1975), Resolution 9: the gray (Gy), SI unit of absorbed dose, 1 Gy = 1 J/kg. doi:10.59161/cgpm1975res9e");

        /// <summary>
        /// FORUM: fractionated 12 Gy total body irradiation with etoposide versus chemotherapy-only myeloablative
        /// conditioning before allogeneic HSCT in childhood ALL. Peters C, et al. J Clin Oncol 2021;39(4):295-307.
        /// doi:10.1200/JCO.20.02529, PMID 33332189.
        /// </summary>
        public static SourceReference ForumTotalBodyIrradiationTrial { get; } = new(
            "Peters C, Dalle JH, Locatelli F, et al. Total body irradiation or chemotherapy conditioning in childhood ALL: a multinational, randomized, noninferiority phase III study. J Clin Oncol 2021;39(4):295-307. doi:10.1200/JCO.20.02529. PMID 33332189");
    }
}
