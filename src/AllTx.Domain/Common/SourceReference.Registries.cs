namespace AllTx.Domain
{
    /// <summary>Catalogue entries: registry data-collection definitions the SDK computes from.</summary>
    public sealed partial record SourceReference
    {
        /// <summary>
        /// CIBMTR Forms Instruction Manual: initial ANC recovery (ANC ≥ 0.5 × 10⁹/L on three consecutive laboratory values
        /// obtained on different days, dated to the first of the three) and initial platelet recovery (≥ 20 × 10⁹/L, and
        /// ≥ 50 × 10⁹/L, on three consecutive values on different days with no platelet transfusion in the previous 7 days,
        /// dated to the first), as defined for the post-HCT follow-up forms (form 2100); values count only after the nadir,
        /// with an "ANC never below 0.5 × 10⁹/L" answer, and platelet recovery is "not applicable" when platelets never
        /// dropped below 20 × 10⁹/L and a transfusion was never required.
        /// </summary>
        public static SourceReference CibmtrEngraftmentDefinitions { get; } = new(
            "CIBMTR Forms Instruction Manual. Initial ANC recovery: https://www.cibmtr.org/manuals/fim/1/en/topic/q8-11-initial-anc-recovery; initial platelet recovery: https://www.cibmtr.org/manuals/fim/1/en/topic/q12-14-initial-platelet-recovery and (form 2100, questions 13-18) https://www.cibmtr.org/manuals/fim/1/en/topic/f2100-q13-18");
    }
}
