using OneOf;

namespace AllTx.Domain.Eligibility
{
    /// <summary>
    /// What <see cref="EligibilityCriteria.Evaluate"/> concludes: <see cref="Eligible"/> (every criterion met),
    /// <see cref="Ineligible"/> (at least one not met) or <see cref="Indeterminate"/> (none failed, some could not be
    /// evaluated). A OneOf of its three cases with named cases:
    /// <c>Match(eligible: …, ineligible: …, indeterminate: …)</c>.
    /// </summary>
    [Union]
    public sealed partial class EligibilityOutcome : OneOfBase<Eligible, Ineligible, Indeterminate>;
}
