using AllTx.Domain.Disease;
using AllTx.Domain.Maintenance;
using AllTx.Domain.Mrd;
using AllTx.Domain.Outcomes;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.Maintenance;

public class MaintenanceAssessmentTests
{
    private static MrdStatus Mrd(MrdOutcome outcome) =>
        MrdResult.Create(MrdMethod.MultiparameterFlowCytometry, MrdSpecimen.BoneMarrow, new DateOnly(2025, 2, 1), outcome).StatusAgainst();

    private static readonly MaintenanceContext HighRiskPhPositive = MaintenanceContext.Unknown with
    {
        RiskGroup = RiskGroup.High,
        Philadelphia = PhiladelphiaStatus.Positive,
        Cd19 = ExpressionLevel.Positive,
        Cd22 = ExpressionLevel.Negative,
        MrdAtTransplant = Mrd(new MrdOutcome.Positive(MrdLevel.From(0.001m))),
        Conditioning = ConditioningIntensity.ReducedIntensity,
        ActiveGvhd = false,
        ActiveInfection = true,
    };

    [Fact]
    public void Lists_the_considerations_present_with_their_facts()
    {
        MaintenanceAssessment assessment = MaintenanceAssessment.Of(HighRiskPhPositive);

        Assert.Equal(
            [MaintenanceConsideration.HighRiskDisease, MaintenanceConsideration.MrdAtTransplant, MaintenanceConsideration.ConditioningIntensity, MaintenanceConsideration.PostTransplantComplications, MaintenanceConsideration.AgentFit],
            assessment.Present.Select(p => p.Consideration));
        Assert.Equal("active infection", assessment.Present.Single(p => p.Consideration == MaintenanceConsideration.PostTransplantComplications).Detail);
        Assert.Empty(assessment.Unknown);
    }

    [Fact]
    public void Judges_agent_fit_from_the_disease_biology()
    {
        Dictionary<MaintenanceStrategy, AgentFit> fit = MaintenanceAssessment.Of(HighRiskPhPositive).Strategies.ToDictionary(s => s.Evidence.Strategy, s => s.Fit);

        Assert.Equal(AgentFit.Fits, fit[MaintenanceStrategy.TkiMaintenance]);
        Assert.Equal(AgentFit.Fits, fit[MaintenanceStrategy.BlinatumomabMaintenance]);
        Assert.Equal(AgentFit.DoesNotFit, fit[MaintenanceStrategy.LowDoseInotuzumabMaintenance]);
        Assert.Equal(AgentFit.Fits, fit[MaintenanceStrategy.ProphylacticOrPreEmptiveDli]);
    }

    [Fact]
    public void Unknown_facts_are_listed_as_unknown_considerations_never_assumed_absent()
    {
        MaintenanceAssessment assessment = MaintenanceAssessment.Of(MaintenanceContext.Unknown with { RiskGroup = RiskGroup.Standard });

        Assert.Empty(assessment.Present);
        Assert.Equal(
            [MaintenanceConsideration.MrdAtTransplant, MaintenanceConsideration.ConditioningIntensity, MaintenanceConsideration.PostTransplantComplications, MaintenanceConsideration.AgentFit],
            assessment.Unknown);
        Assert.All(assessment.Strategies.Where(s => s.Evidence.Strategy != MaintenanceStrategy.ProphylacticOrPreEmptiveDli), s => Assert.Equal(AgentFit.Unknown, s.Fit));
    }

    [Fact]
    public void A_negative_MRD_at_transplant_is_not_a_consideration_present()
    {
        MaintenanceAssessment assessment = MaintenanceAssessment.Of(HighRiskPhPositive with { MrdAtTransplant = Mrd(new MrdOutcome.Negative(AssaySensitivity.From(0.0001m))) });

        Assert.DoesNotContain(assessment.Present, p => p.Consideration == MaintenanceConsideration.MrdAtTransplant);
    }

    [Fact]
    public void The_evidence_is_seed_000_as_quoted()
    {
        MaintenanceEvidence tki = MaintenanceEvidenceCatalogue.For(MaintenanceStrategy.TkiMaintenance);

        Assert.Equal(473, tki.Patients);
        Assert.Equal(
            [(Endpoint.LeukaemiaFreeSurvival, 0.44m, 0.002m), (Endpoint.OverallSurvival, 0.42m, 0.004m), (Endpoint.CumulativeIncidenceOfRelapse, 0.40m, 0.01m)],
            tki.Outcomes.Select(o => (o.Endpoint, ((OutcomeValue.HazardRatioEstimate)o.Value).Value.Estimate, ((OutcomeValue.HazardRatioEstimate)o.Value).Value.PValue!.Value)));
        Assert.Equal(("NCT02807883", 21), (MaintenanceEvidenceCatalogue.Blinatumomab.Trials.Single().Value, MaintenanceEvidenceCatalogue.Blinatumomab.Patients!.Value));
        Assert.Equal(("NCT03104491", 18), (MaintenanceEvidenceCatalogue.LowDoseInotuzumab.Trials.Single().Value, MaintenanceEvidenceCatalogue.LowDoseInotuzumab.Patients!.Value));
        Assert.Equal(11, MaintenanceEvidenceCatalogue.Dli.Patients);
        Assert.Equal(23, MaintenanceEvidenceCatalogue.DonorDerivedCarT.Patients);
        Assert.Contains("44 patients", MaintenanceEvidenceCatalogue.DonorDerivedCarT.Finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_and_context_round_trip_through_json()
    {
        MaintenanceEvidence tki = Support.Json.RoundTrip(MaintenanceEvidenceCatalogue.TkiMaintenance);

        Assert.Equal(MaintenanceEvidenceCatalogue.TkiMaintenance.Outcomes, tki.Outcomes);
        Assert.Equal(MaintenanceEvidenceCatalogue.Blinatumomab.Trials, Support.Json.RoundTrip(MaintenanceEvidenceCatalogue.Blinatumomab).Trials);
        Assert.Equal(HighRiskPhPositive, Support.Json.RoundTrip(HighRiskPhPositive));
    }
}
