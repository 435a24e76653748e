namespace AllTx.Analyzers.Dosing
{
    /// <summary>What a number whose name holds a dose word is, by its words (see <see cref="DoseNameWords"/>).</summary>
    internal enum DoseNameKind
    {
        /// <summary>Not a dose: a count, time or code (<c>doseCount</c>), a ratio of a dose (<c>dosePercent</c>), a quantity at a dose (<c>volumeAtDose</c>), a dose-volume or biologically weighted value (<c>dvhDoseAtVolume</c>, <c>eqd2Dose</c>).</summary>
        NotADose,

        /// <summary>A drug dose (<c>maxDose</c>, <c>doseMg</c>): ATX1002.</summary>
        Drug,

        /// <summary>A radiation dose (<c>dosePerFraction</c>, <c>tbiDose</c>, <c>doseGy</c>): ATX1005.</summary>
        Radiation,

        /// <summary>A dose whose other words fit drug and radiation alike (<c>prescriptionDose</c>, <c>totalDose</c>): the context decides.</summary>
        Contextual,
    }
}
