using AllTx.Domain.Drugs;
using AllTx.Domain.Outcomes;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Trials;

namespace AllTx.Domain.Tests.Trials;

public class ImmunotherapyTrialsTable1Tests
{
    [Fact]
    public void Holds_the_13_trials_of_seed_001_Table_1_in_order()
    {
        Assert.Equal(
            [
                "TOWER (NCT02013167)", "MT103-211 (NCT01466179)", "INO-VATE (NCT01564784)", "NCT02000427", "MT103-205 (NCT01471782)",
                "ELIANA (NCT02435849)", "NCT02975687", "NCT02315612", "NCT01044069", "ChiCTR-ONC-17013648", "ZUMA-3 (NCT02614066)",
                "NCT03389035", "ChiCTR1900025419",
            ],
            ImmunotherapyTrialsTable1.All.Select(trial => trial.ToString()));
    }

    [Fact]
    public void Every_printed_percentage_agrees_with_its_counts_where_both_are_given()
    {
        List<Proportion> printedWithCounts = ImmunotherapyTrialsTable1.All
            .SelectMany(trial => trial.Outcomes.Select(outcome => outcome.Value).OfType<OutcomeValue.CountedProportion>().Select(counted => counted.Value)
                .Concat(trial.Arm.PriorHsct is { IsT1: true } prior ? [prior.AsT1] : []))
            .Where(proportion => proportion.Printed is not null)
            .ToList();

        Assert.Equal(20, printedWithCounts.Count);
        Assert.All(printedWithCounts, proportion => Assert.True(proportion.AgreesWith(proportion.Printed!.Value), proportion + " printed as " + proportion.Printed));
    }

    [Fact]
    public void Pins_the_table_counts_and_percentages()
    {
        Assert.Equal((87, 123, 70.7m), Counted(ImmunotherapyTrialsTable1.InoVate, Endpoint.MrdNegativeRemission));
        Assert.Equal((14, 16, 88.0m), Counted(ImmunotherapyTrialsTable1.Nct02000427, Endpoint.MrdNegativeRemission));
        Assert.Equal((27, 70, 38.6m), Counted(ImmunotherapyTrialsTable1.Mt103205, Endpoint.CompleteRemission));
        Assert.Equal((14, 27, 52.0m), Counted(ImmunotherapyTrialsTable1.Mt103205, Endpoint.MrdNegativeRemission));
        Assert.Equal((12, 21, 57.0m), Counted(ImmunotherapyTrialsTable1.Nct02315612, Endpoint.OverallRemission));
        Assert.Equal((9, 12, 75.0m), Counted(ImmunotherapyTrialsTable1.Nct02315612, Endpoint.MrdNegativeRemission));
        Assert.Equal((44, 53, 83m), Counted(ImmunotherapyTrialsTable1.Nct01044069, Endpoint.CompleteRemission));
        Assert.Equal((23, 27, 85.0m), Counted(ImmunotherapyTrialsTable1.ChiCtrOnc17013648, Endpoint.OverallRemission));
        Assert.Equal((24, 45, 53.0m), Counted(ImmunotherapyTrialsTable1.Zuma3, Endpoint.CompleteRemission));
        Assert.Equal((7, 45, 16.0m), Counted(ImmunotherapyTrialsTable1.Zuma3, Endpoint.CompleteRemissionWithIncompleteRecovery));
        Assert.Equal((31, 45, 69.0m), Counted(ImmunotherapyTrialsTable1.Zuma3, Endpoint.CompleteRemissionOrCri));
        Assert.Equal((31, 31, 100.0m), Counted(ImmunotherapyTrialsTable1.Zuma3, Endpoint.MrdNegativeRemission));
        Assert.Equal((8, 13, 61.5m), Counted(ImmunotherapyTrialsTable1.Nct03389035, Endpoint.CompleteRemissionOrCri));
        Assert.Equal((6, 8, 75.0m), Counted(ImmunotherapyTrialsTable1.Nct03389035, Endpoint.MrdNegativeRemission));
        Assert.Equal([(18, 20, 90.0m), (18, 22, 82.0m)], ImmunotherapyTrialsTable1.Nct02975687.OutcomesFor(Endpoint.OverallRemission).Select(Counts));
    }

    [Fact]
    public void Pins_the_table_rates_and_medians()
    {
        Assert.Equal([33.6m, 8.9m, 1.5m, 43.9m], new[] { Endpoint.CompleteRemission, Endpoint.CompleteRemissionWithPartialRecovery, Endpoint.CompleteRemissionWithIncompleteRecovery, Endpoint.CompleteRemissionCrhOrCri }
            .Select(endpoint => ((OutcomeValue.Rate)ImmunotherapyTrialsTable1.Tower.OutcomesFor(endpoint).Single().Value).Value.Value));
        Assert.Equal(7.7m, MedianMonths(ImmunotherapyTrialsTable1.Tower, Endpoint.OverallSurvival));
        Assert.Equal(12.91m, MedianMonths(ImmunotherapyTrialsTable1.Nct02975687, Endpoint.OverallSurvival));
        Assert.Equal(14.5m, MedianMonths(ImmunotherapyTrialsTable1.Zuma3, Endpoint.DurationOfResponse));
        Assert.Equal(18.1m, MedianMonths(ImmunotherapyTrialsTable1.ChiCtr1900025419, Endpoint.LeukaemiaFreeSurvival));
        Assert.Equal(
            [(73.0m, 6m), (50.0m, 12m)],
            ImmunotherapyTrialsTable1.Eliana.OutcomesFor(Endpoint.EventFreeSurvival).Select(o => (OutcomeValue.RateAtTimePoint)o.Value).Select(r => (r.Value.Value, r.At.Amount)));
    }

    [Fact]
    public void Arms_keep_their_sizes_targets_and_prior_HSCT()
    {
        Assert.Equal([271, 189, 164, 45, 70, 75, 20, 21, 53, 27, 45, 13, 9], ImmunotherapyTrialsTable1.All.Select(t => t.Arm.Treated));
        Assert.Equal((45, 54), (ImmunotherapyTrialsTable1.Zuma3.Arm.Treated, ImmunotherapyTrialsTable1.Zuma3.Arm.Enrolled));
        Assert.Equal(TargetAntigen.Cd22, ImmunotherapyTrialsTable1.InoVate.Arm.Targets);
        Assert.Equal(34.7m, ImmunotherapyTrialsTable1.Tower.Arm.PriorHsct!.Value.AsT0.Value);
        Assert.Equal((13, 45), (ImmunotherapyTrialsTable1.Zuma3.Arm.PriorHsct!.Value.AsT1.Count, ImmunotherapyTrialsTable1.Zuma3.Arm.PriorHsct!.Value.AsT1.Total));
        Assert.Null(ImmunotherapyTrialsTable1.Nct02975687.Arm.PriorHsct);
    }

    [Fact]
    public void Phases_are_only_those_the_seed_states()
    {
        Assert.Equal(
            [("MT103-211", TrialPhase.Phase2), ("INO-VATE", TrialPhase.Phase3), ("ELIANA", TrialPhase.Phase2), ("ZUMA-3", TrialPhase.Phase1To2)],
            ImmunotherapyTrialsTable1.All.Where(t => t.Phase is not null).Select(t => (t.Name!, t.Phase!.Value)));
    }

    [Fact]
    public void Registry_numbers_and_figures_the_table_gets_wrong_are_corrected_from_the_publications_and_noted()
    {
        Assert.Equal("NCT02435849", ImmunotherapyTrialsTable1.Eliana.Registrations.Single().ToString());
        Assert.Contains(ImmunotherapyTrialsTable1.Eliana.Notes, note => note.Contains("NCT02228096, which is ENSIGN", StringComparison.Ordinal));
        Assert.Equal("NCT01466179", ImmunotherapyTrialsTable1.Mt103211.Registrations.Single().ToString());
        Proportion crOrCrh = Assert.IsType<OutcomeValue.CountedProportion>(ImmunotherapyTrialsTable1.Mt103211.OutcomesFor(Endpoint.CompleteRemissionOrCrh).Single().Value).Value;
        Assert.Equal((81, 189), (crOrCrh.Count, crOrCrh.Total));
        Assert.Contains(ImmunotherapyTrialsTable1.Mt103211.Notes, note => note.Contains("49.3 %", StringComparison.Ordinal));
        Assert.Equal(TrialPhase.Phase1To2, ImmunotherapyTrialsTable1.Zuma3.Phase);
    }

    [Fact]
    public void Contradictions_in_the_seed_are_noted_not_corrected()
    {
        Assert.Contains(ImmunotherapyTrialsTable1.Nct01044069.Notes, note => note.Contains("Table 2 lists NCT01044069 as CD19/CD28", StringComparison.Ordinal));
        Assert.Empty(ImmunotherapyTrialsTable1.ChiCtrOnc17013648.OutcomesFor(Endpoint.OverallSurvival));
        Assert.Single(ImmunotherapyTrialsTable1.ChiCtrOnc17013648.Notes);
    }

    [Fact]
    public void Every_trial_round_trips_through_json()
    {
        foreach (TrialRecord trial in ImmunotherapyTrialsTable1.All)
        {
            TrialRecord read = Support.Json.RoundTrip(trial);

            Assert.Equal(trial.ToString(), read.ToString());
            Assert.Equal(trial.Outcomes, read.Outcomes);
            Assert.Equal(trial.Notes, read.Notes);
            Assert.Equal((trial.Arm.Treated, trial.Arm.Enrolled, trial.Arm.PriorHsct), (read.Arm.Treated, read.Arm.Enrolled, read.Arm.PriorHsct));
        }
    }

    [Fact]
    public void Json_with_a_broken_rule_is_rejected_naming_the_field()
    {
        Assert.Contains("Enrolled must be at least Treated", Support.Json.Rejects<TrialArm>("""{"Intervention":"CD19 CAR-T","Targets":"Cd19","Treated":20,"Enrolled":10}""").Message, StringComparison.Ordinal);
        Assert.Contains("Treated must be greater than 0", Support.Json.Rejects<TrialArm>("""{"Intervention":"CD19 CAR-T","Targets":"Cd19","Treated":0}""").Message, StringComparison.Ordinal);
        Assert.Contains(
            "needs a Name or at least one registry id",
            Support.Json.Rejects<TrialRecord>("""{"Registrations":[],"Population":"adults","Arm":{"Intervention":"x","Targets":"Cd19","Treated":1},"Outcomes":[],"Source":{"Citation":"s"}}""").Message,
            StringComparison.Ordinal);
    }

    private static (int Count, int Total, decimal Printed) Counts(ReportedOutcome outcome)
    {
        Proportion proportion = ((OutcomeValue.CountedProportion)outcome.Value).Value;
        return (proportion.Count, proportion.Total, proportion.Printed!.Value.Value);
    }

    private static (int Count, int Total, decimal Printed) Counted(TrialRecord trial, Endpoint endpoint) => Counts(trial.OutcomesFor(endpoint).Single());

    private static decimal MedianMonths(TrialRecord trial, Endpoint endpoint)
    {
        FollowUpTime median = ((OutcomeValue.Median)trial.OutcomesFor(endpoint).First().Value).Value;
        Assert.Equal(TimeUnit.Months, median.Unit);
        return median.Amount;
    }
}
