using AllTx.Domain.Trials;
using AllTx.Domain.Units;
using static AllTx.Domain.Eligibility.EligibilityMeasure;

namespace AllTx.Domain.Eligibility
{
    /// <summary>
    /// The eligibility criteria of NCT06507514 (blinatumomab with an auto-HSCT "sandwich" in newly diagnosed CD19-positive
    /// B-ALL; <see cref="SourceReference.Nct06507514"/>), shipped as a worked example: CD19-positive B-ALL without extramedullary disease; ECOG 0–1; LVEF
    /// ≥ 50 %; creatinine ≤ 1.6 mg/dL; ALT and AST ≤ 3 × ULN; total bilirubin ≤ 2.0 mg/dL; dyspnoea ≤ grade 1 (CTCAE v5.0);
    /// SpO₂ &gt; 91 % without supplemental oxygen. Data with a source, never an enrolment decision.
    /// </summary>
    public static class Nct06507514Eligibility
    {
        /// <summary>The criteria, in the order <see cref="SourceReference.Nct06507514"/> lists them.</summary>
        public static EligibilityCriteria Criteria { get; } = EligibilityCriteria.For(
            NctId.From("NCT06507514"),
            [
                EligibilityCriterion.Finding(Cd19Positive, required: true),
                EligibilityCriterion.Finding(ExtramedullaryDisease, required: false),
                EligibilityCriterion.Score(EligibilityMeasure.EcogPerformanceStatus, Comparison.AtMost, 1m),
                EligibilityCriterion.OfQuantity(LeftVentricularEjectionFraction, Comparison.AtLeast, Quantity.Of(50m, Unit.Percent)),
                EligibilityCriterion.OfQuantity(SerumCreatinine, Comparison.AtMost, Quantity.Of(1.6m, Unit.MilligramPerDecilitre)),
                EligibilityCriterion.Score(AlanineAminotransferaseTimesUpperLimit, Comparison.AtMost, 3m),
                EligibilityCriterion.Score(AspartateAminotransferaseTimesUpperLimit, Comparison.AtMost, 3m),
                EligibilityCriterion.OfQuantity(TotalBilirubin, Comparison.AtMost, Quantity.Of(2.0m, Unit.MilligramPerDecilitre)),
                EligibilityCriterion.Score(DyspnoeaGrade, Comparison.AtMost, 1m),
                EligibilityCriterion.OfQuantity(OxygenSaturationOnRoomAir, Comparison.GreaterThan, Quantity.Of(91m, Unit.Percent)),
            ],
            SourceReference.Nct06507514);
    }
}
