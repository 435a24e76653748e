namespace AllTx.Domain.Units
{
    /// <summary>
    /// What a quantity is normalised to, following mCODE's normalizationBasis (SNOMED CT 1157245009 fixed dose,
    /// 363804004 body weight, 301898006 body-surface area). UCUM alone treats <c>mg/kg</c> as a mass ratio; the SDK keeps
    /// "per kg of body weight" and "per m² of body-surface area" as their own dimensions so they are never mixed with fixed
    /// amounts.
    /// </summary>
    public enum NormalizationBasis
    {
        /// <summary>Not normalised: a fixed (absolute) amount (SNOMED CT 1157245009).</summary>
        Fixed = 1,

        /// <summary>Per kilogram of body weight, UCUM <c>/kg</c> (SNOMED CT 363804004).</summary>
        PerKilogramBodyWeight,

        /// <summary>Per square metre of body-surface area, UCUM <c>/m2</c> (SNOMED CT 301898006).</summary>
        PerSquareMetreBodySurfaceArea,
    }
}
