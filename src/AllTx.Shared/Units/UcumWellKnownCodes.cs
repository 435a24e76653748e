namespace AllTx.Shared.Units
{
    /// <summary>
    /// The UCUM codes the SDK names, emits or meets most (dose units, blood counts, chemistry, body measurements, and the
    /// units lab and pharmacy feeds send). Any valid UCUM code is read; this list only gives the spelling advice its
    /// case-insensitive matches (<c>MG/DL</c> → <c>mg/dL</c>) and is checked against NLM's ucum-lhc by the tests.
    /// </summary>
    internal static class UcumWellKnownCodes
    {
        internal static readonly string[] All =
        {
            "g", "mg", "ug", "kg", "g/d", "mg/d", "ug/d", "mg/kg", "ug/kg", "mg/(kg.d)", "ug/(kg.d)", "mg/kg/d", "ug/kg/d",
            "g/m2", "mg/m2", "ug/m2", "mg/(m2.d)", "ug/(m2.d)", "mg/m2/d", "ug/m2/d",
            "{cells}", "10*6", "10*6{cells}", "10*8", "10*8{cells}", "{cells}/kg", "10*5/kg", "10*6/kg", "10*7/kg", "10*8/kg", "10*6{cells}/kg",
            "10*9/L", "10*6/L", "10*3/uL", "/uL", "{cells}/uL", "/mm3",
            "g/L", "g/dL", "mg/dL", "mg/L", "mmol/L", "umol/L", "U/L", "[IU]/L", "[iU]/m2", "{copies}/mL",
            "mL/min/{1.73_m2}", "mL/d", "mL/(kg.d)", "Gy", "%", "cm", "m", "m2", "kg/m2", "a", "mo", "d",
        };
    }
}
