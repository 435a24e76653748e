namespace AllTx.Domain.Units
{
    /// <summary>
    /// Serum creatinine between mass concentration (<c>mg/dL</c>) and substance concentration (<c>umol/L</c>):
    /// 1 mg/dL = 88.4 µmol/L (<see cref="SourceReference.Nct06507514"/>, whose criterion is creatinine
    /// ≤ 1.6 mg/dL). The factor follows from creatinine's molar mass, 113.12 g/mol: 10 mg/L ÷ 113.12 g/mol = 88.4 µmol/L.
    /// A generic unit conversion refuses this pair, because it depends on the analyte; a
    /// <see cref="Laboratory.LabValue"/> of <see cref="Laboratory.LabAnalyte.SerumCreatinine"/> converts with it.
    /// </summary>
    public static class CreatinineConversion
    {
        /// <summary>Micromoles per litre of creatinine in one milligram per decilitre: 88.4.</summary>
        public const decimal MicromolesPerLitrePerMilligramPerDecilitre = 88.4m;

        /// <summary>A creatinine concentration in <c>umol/L</c>.</summary>
        /// <param name="creatinine">A creatinine concentration in any mass-concentration unit (e.g. <c>mg/dL</c>) or already in a substance concentration.</param>
        /// <returns>The concentration in <c>umol/L</c>.</returns>
        /// <exception cref="IncommensurableUnitsException">The quantity is not a concentration.</exception>
        public static Quantity ToMicromolesPerLitre(Quantity creatinine) =>
            MolarConversion.ConvertTo(creatinine, Unit.MicromolePerLitre, MicromolesPerLitrePerMilligramPerDecilitre);

        /// <summary>A creatinine concentration in <c>mg/dL</c>.</summary>
        /// <param name="creatinine">A creatinine concentration in any substance-concentration unit (e.g. <c>umol/L</c>) or already in a mass concentration.</param>
        /// <returns>The concentration in <c>mg/dL</c>.</returns>
        /// <exception cref="IncommensurableUnitsException">The quantity is not a concentration.</exception>
        public static Quantity ToMilligramsPerDecilitre(Quantity creatinine) =>
            MolarConversion.ConvertTo(creatinine, Unit.MilligramPerDecilitre, MicromolesPerLitrePerMilligramPerDecilitre);
    }
}
