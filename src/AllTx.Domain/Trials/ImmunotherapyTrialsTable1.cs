using System.Collections.Generic;
using AllTx.Domain.Drugs;
using AllTx.Domain.Outcomes;
using static AllTx.Domain.Outcomes.Endpoint;

namespace AllTx.Domain.Trials
{
    /// <summary>
    /// The immunotherapy trials for relapsed/refractory ALL of Table 1 ("A comparison of the efficacies between each
    /// immunotherapy modality for r/r ALL") of a review of allo-HSCT for adult ALL, transcribed by the team
    /// (<see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/>), encoded from the table exactly as printed:
    /// numbers, counts and populations are the table's; phases only where the review's text or the trial's publication
    /// states them; a cell whose meaning is ambiguous is kept as a note instead of being guessed into a typed outcome.
    /// Where the table contradicts itself or the review's Table 2, the record's notes say so. Where the table is wrong
    /// against the trial's own publication (MT103-211's registry number and response figures, ELIANA's registry number,
    /// ZUMA-3's phase), the publication's value is encoded and a note names the table's error. "/" (no data) cells are
    /// left out. Evidence data, never a recommendation.
    /// </summary>
    public static class ImmunotherapyTrialsTable1
    {
        /// <summary>The dataset's catalogue source: <see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/>.</summary>
        public static SourceReference Source => SourceReference.ImmunotherapyTrialsTable1Transcription;

        /// <summary>TOWER (NCT02013167), blinatumomab, N = 271.</summary>
        public static TrialRecord Tower { get; } = Trial(
            "TOWER", ["NCT02013167"], null, "≥ 18 years with heavily pre-treated BCP ALL",
            TrialArm.Of("Blinatumomab", TargetAntigen.Cd19, 271, priorHsct: Percent(34.7m)),
            [
                Rate(CompleteRemission, 33.6m), Rate(CompleteRemissionWithPartialRecovery, 8.9m), Rate(CompleteRemissionWithIncompleteRecovery, 1.5m),
                Rate(CompleteRemissionCrhOrCri, 43.9m), MedianMonths(OverallSurvival, 7.7m), RateAt(EventFreeSurvival, 31.0m, FollowUpTime.Months(6)),
                MedianMonths(DurationOfResponse, 7.3m, "CR/CRp/CRi"),
            ],
            "The table's '!18' is read as '≥ 18' (the text extraction renders ≥ as '!').");

        /// <summary>
        /// MT103-211 (NCT01466179), blinatumomab, phase 2, N = 189: CR/CRh 81/189 (43 %), CR 63/189 (33 %), CRh 18/189 (10 %)
        /// within two cycles (<see cref="SourceReference.Mt103211Trial"/>). The table prints NCT02003612 and CR/CRh 49.3 %.
        /// </summary>
        public static TrialRecord Mt103211 { get; } = Trial(
            "MT103-211", ["NCT01466179"], TrialPhase.Phase2, "Adults with B-precursor Ph-negative r/r ALL",
            TrialArm.Of("Blinatumomab", TargetAntigen.Cd19, 189, priorHsct: Percent(33.9m)),
            [
                Counted(CompleteRemissionOrCrh, 81, 189, 43m), Counted(CompleteRemission, 63, 189, 33m), Counted(CompleteRemissionWithPartialRecovery, 18, 189, 10m),
                RateAt(OverallSurvival, 57.6m, FollowUpTime.Months(6)), RateAt(OverallSurvival, 39.0m, FollowUpTime.Months(12)),
            ],
            "Table 1 prints the registry number NCT02003612 and CR/CRh 49.3 %; the trial's publication (" + SourceReference.Mt103211Trial.Citation + ") gives NCT01466179, phase 2, and CR/CRh 81/189 (43 %), CR 63/189 (33 %), CRh 18/189 (10 %), which are encoded. The OS rates are the table's.");

        /// <summary>INO-VATE (NCT01564784), inotuzumab ozogamicin, N = 164.</summary>
        public static TrialRecord InoVate { get; } = Trial(
            "INO-VATE", ["NCT01564784"], TrialPhase.Phase3,
            "≥ 18 with R/R CD22+ BCP ALL, scheduled to receive their first or second salvage treatment; Ph+ patients eligible if treatment with one or more second-generation BCR-ABL TKIs had failed",
            TrialArm.Of("Inotuzumab ozogamicin", TargetAntigen.Cd22, 164, priorHsct: Percent(17.7m)),
            [
                Rate(CompleteRemissionOrCri, 73.8m), Counted(MrdNegativeRemission, 87, 123, 70.7m), MedianMonths(OverallSurvival, 7.7m),
                MedianMonths(DurationOfResponse, 5.4m, "CR/CRi"), MedianMonths(ProgressionFreeSurvival, 5.0m, "CR/CRi"),
            ],
            "Phase III per the review's text (a phase III trial of 326 r/r ALL patients randomised 1:1 to InO or standard care).");

        /// <summary>NCT02000427, blinatumomab in Ph+ ALL, N = 45.</summary>
        public static TrialRecord Nct02000427 { get; } = Trial(
            null, ["NCT02000427"], null, "Ph+ ALL r/r to at least 1 second-generation TKI",
            TrialArm.Of("Blinatumomab", TargetAntigen.Cd19, 45, priorHsct: Percent(44.0m)),
            [
                Rate(CompleteRemission, 31.0m), Rate(CompleteRemissionWithPartialRecovery, 4.0m), Rate(CompleteRemissionWithIncompleteRecovery, 4.0m),
                Counted(MrdNegativeRemission, 14, 16, 88.0m), MedianMonths(RelapseFreeSurvival, 6.8m), MedianMonths(OverallSurvival, 9.0m),
            ]);

        /// <summary>MT103-205 (NCT01471782), blinatumomab in children, N = 70.</summary>
        public static TrialRecord Mt103205 { get; } = Trial(
            "MT103-205", ["NCT01471782"], null, "Pediatric patients with r/r BCP-ALL",
            TrialArm.Of("Blinatumomab", TargetAntigen.Cd19, 70, priorHsct: Percent(57.0m)),
            [Counted(CompleteRemission, 27, 70, 38.6m), Counted(MrdNegativeRemission, 14, 27, 52.0m), MedianMonths(OverallSurvival, 7.5m)]);

        /// <summary>
        /// ELIANA (NCT02435849), tisagenlecleucel, N = 75 (<see cref="SourceReference.ElianaTrial"/>). The table prints
        /// NCT02228096, which is ENSIGN.
        /// </summary>
        public static TrialRecord Eliana { get; } = Trial(
            "ELIANA", ["NCT02435849"], TrialPhase.Phase2, "Pediatric and young adults with r/r B-ALL",
            TrialArm.Of("Tisagenlecleucel (KYMRIAH), CD19 CAR-T", TargetAntigen.Cd19, 75, priorHsct: Percent(61.0m)),
            [
                Rate(OverallRemission, 81.0m), Rate(MrdNegativeRemission, 100.0m, "CR"),
                RateAt(EventFreeSurvival, 73.0m, FollowUpTime.Months(6)), RateAt(OverallSurvival, 90.0m, FollowUpTime.Months(6)),
                RateAt(EventFreeSurvival, 50.0m, FollowUpTime.Months(12)), RateAt(OverallSurvival, 76.0m, FollowUpTime.Months(12)),
            ],
            "Phase II per the review's text (a phase II, single-cohort, 25-center, global study).",
            "Table 1 prints the registry number NCT02228096, which is ENSIGN; ELIANA is NCT02435849 (" + SourceReference.ElianaTrial.Citation + "), which is encoded.");

        /// <summary>NCT02975687, CNCT19 CD19 CAR-T, 20 infused of 22 (ITT).</summary>
        public static TrialRecord Nct02975687 { get; } = Trial(
            null, ["NCT02975687"], null, "Pediatric and adult patients with r/r B-ALL",
            TrialArm.Of("CNCT19, CD19 CAR-T", TargetAntigen.Cd19, 20, enrolled: 22),
            [
                Counted(OverallRemission, 18, 20, 90.0m, "infused"), Counted(OverallRemission, 18, 22, 82.0m, "intention to treat"),
                Rate(MrdNegativeRemission, 100.0m, "CR"), MedianMonths(OverallSurvival, 12.91m, "N = 20 infused"),
                MedianMonths(ProgressionFreeSurvival, 6.93m, "N = 20 infused"),
            ],
            "The table gives 22 as the intention-to-treat population; it is encoded as Enrolled.");

        /// <summary>NCT02315612, CAR-T after CD19-directed therapy, N = 21.</summary>
        public static TrialRecord Nct02315612 { get; } = Trial(
            null, ["NCT02315612"], null, "r/r B-ALL in children and adults, including 17 previously treated with CD19-directed immunotherapy",
            TrialArm.Of("CNCT19, CD19 CAR-T (as printed in Table 1)", TargetAntigen.Cd19, 21, priorHsct: Percent(100.0m)),
            [Counted(OverallRemission, 12, 21, 57.0m), Counted(MrdNegativeRemission, 9, 12, 75.0m), MedianMonths(DurationOfResponse, 6m)],
            "Table 1 prints the modality as 'CNCT19 CD19-CART'; the review's Table 2 lists NCT02315612 as CD22/4-1BB and its text cites reference [32] (Fry et al.) as CD22 CAR-T. Encoded as printed in Table 1.",
            "'Median remission duration: 6 months' is encoded as the median duration of response.");

        /// <summary>NCT01044069, CAR-T in adults, 53 treated of 83 enrolled.</summary>
        public static TrialRecord Nct01044069 { get; } = Trial(
            null, ["NCT01044069"], null, "Adult patients with r/r B-ALL",
            TrialArm.Of("CD22-CAR T (as printed in Table 1)", TargetAntigen.Cd22, 53, enrolled: 83, priorHsct: Percent(100.0m)),
            [
                Counted(CompleteRemission, 44, 53, 83m), CountedWithoutPrintedPercentage(MrdNegativeRemission, 32, 44),
                MedianMonths(EventFreeSurvival, 6.1m, "N = 53 treated"), MedianMonths(EventFreeSurvival, 12.5m, "CR"),
                MedianMonths(OverallSurvival, 12.9m, "treated"), MedianMonths(OverallSurvival, 20.7m, "CR"),
            ],
            "Table 1 prints the modality as 'CD22-CAR T' and prior HSCT as 100.0%; the review's Table 2 lists NCT01044069 as CD19/CD28 with prior HSCT 35.8% (19/53). Encoded as printed in Table 1.");

        /// <summary>ChiCTR-ONC-17013648, sequential CD19 then CD22 CAR-T after allo-HSCT, 27 infused of 32 enrolled.</summary>
        public static TrialRecord ChiCtrOnc17013648 { get; } = Trial(
            null, ["ChiCTR-ONC-17013648"], null, "Relapsed B-ALL after allo-HSCT",
            TrialArm.Of("CD19 CAR-T, then CD22 CAR-T (27 infused CD19 CAR-T, then 21 infused CD22 CAR-T)", TargetAntigen.Cd19 | TargetAntigen.Cd22, 27, enrolled: 32, priorHsct: Percent(100.0m)),
            [Counted(OverallRemission, 23, 27, 85.0m)],
            "Long-term survival is printed as 'OS and EFS rate at 12 months and 18 months for N = 27: 84.0% and 84.0%; for N = 21 infused with CD19 and CD22: 67.5% and 67.5%'. The cell does not say which percentage is OS or EFS and which time point it belongs to (the review's text gives OS 88.5% and EFS 67.5% at 18 months), so it is not encoded as typed outcomes.");

        /// <summary>
        /// ZUMA-3 (NCT02614066), brexucabtagene autoleucel (KTE-X19), a phase 1/2 study; the table's 45 infused of 54
        /// enrolled are its phase 1 population (<see cref="SourceReference.Zuma3Trial"/>).
        /// </summary>
        public static TrialRecord Zuma3 { get; } = Trial(
            "ZUMA-3", ["NCT02614066"], TrialPhase.Phase1To2, "Adult r/r B-ALL",
            TrialArm.Of("KTE-X19 (brexucabtagene autoleucel), CD19 CAR-T", TargetAntigen.Cd19, 45, enrolled: 54, priorHsct: Counts(13, 45, 29.0m)),
            [
                Counted(CompleteRemission, 24, 45, 53.0m), Counted(CompleteRemissionWithIncompleteRecovery, 7, 45, 16.0m), Counted(CompleteRemissionOrCri, 31, 45, 69.0m),
                Counted(MrdNegativeRemission, 31, 31, 100.0m), MedianMonths(DurationOfResponse, 14.5m), MedianMonths(RelapseFreeSurvival, 7.3m),
                MedianMonths(OverallSurvival, 12.1m),
            ],
            "The review's text calls ZUMA-3 phase II; it is a phase 1/2 study (" + SourceReference.Zuma3Trial.Citation + "), encoded as phase I/II. The text's other data cut (CR/CRi 71%, median DOR 12.8, RFS 11.6 and OS 18.2 months) is the phase 2 report; the table's numbers are encoded.");

        /// <summary>NCT03389035, CD19 CAR-T for relapse after allo-HSCT, N = 13 (4 paediatric, 9 adult).</summary>
        public static TrialRecord Nct03389035 { get; } = Trial(
            null, ["NCT03389035"], null, "B-ALL relapsed after allo-HSCT (4 pediatric and 9 adult patients infused)",
            TrialArm.Of("CD19 CAR-T", TargetAntigen.Cd19, 13, priorHsct: Percent(100.0m)),
            [
                CountedWithoutPrintedPercentage(CompleteRemission, 7, 13), CountedWithoutPrintedPercentage(CompleteRemissionWithIncompleteRecovery, 1, 13),
                Counted(CompleteRemissionOrCri, 8, 13, 61.5m), Counted(MrdNegativeRemission, 6, 8, 75.0m),
            ]);

        /// <summary>ChiCTR1900025419, CD19 CAR-T for relapse after allo-HSCT, N = 9.</summary>
        public static TrialRecord ChiCtr1900025419 { get; } = Trial(
            null, ["ChiCTR1900025419"], null, "Relapsed B-ALL post allo-HSCT",
            TrialArm.Of("CD19 CAR-T", TargetAntigen.Cd19, 9, priorHsct: Percent(100.0m)),
            [
                Rate(OverallRemission, 100.0m), Rate(MrdNegativeRemission, 100.0m), MedianMonths(LeukaemiaFreeSurvival, 18.1m),
                RateAt(OverallSurvival, 87.5m, FollowUpTime.Years(2)), RateAt(OverallSurvival, 52.5m, FollowUpTime.Years(2.5m)),
            ],
            "The table prints 'mOS (2 years): 87.5%, mOS (2.5 years): 52.5%'; a percentage at a time point is a rate, so these are encoded as OS rates at 2 and 2.5 years.");

        /// <summary>The 13 trials of Table 1, in the table's order.</summary>
        public static IReadOnlyList<TrialRecord> All { get; } =
        [
            Tower, Mt103211, InoVate, Nct02000427, Mt103205, Eliana, Nct02975687, Nct02315612, Nct01044069, ChiCtrOnc17013648, Zuma3,
            Nct03389035, ChiCtr1900025419,
        ];

        private static TrialRecord Trial(string? name, string[] ids, TrialPhase? phase, string population, TrialArm arm, ReportedOutcome[] outcomes, params string[] notes) =>
            TrialRecord.Of(name, System.Array.ConvertAll(ids, TrialRegistryId.Parse), phase, population, arm, outcomes, Source, notes);

        private static OneOf<Percentage, Proportion> Percent(decimal value) => Percentage.From(value);

        private static OneOf<Percentage, Proportion> Counts(int count, int total, decimal printed) => Proportion.Of(count, total, printed);

        private static ReportedOutcome Rate(Endpoint endpoint, decimal percent, string? population = null) =>
            ReportedOutcome.Of(endpoint, new OutcomeValue.Rate(Percentage.From(percent)), population);

        private static ReportedOutcome RateAt(Endpoint endpoint, decimal percent, FollowUpTime at) =>
            ReportedOutcome.Of(endpoint, new OutcomeValue.RateAtTimePoint(Percentage.From(percent), at));

        private static ReportedOutcome Counted(Endpoint endpoint, int count, int total, decimal printed, string? population = null) =>
            ReportedOutcome.Of(endpoint, new OutcomeValue.CountedProportion(Proportion.Of(count, total, printed)), population);

        private static ReportedOutcome CountedWithoutPrintedPercentage(Endpoint endpoint, int count, int total) =>
            ReportedOutcome.Of(endpoint, new OutcomeValue.CountedProportion(Proportion.Of(count, total)));

        private static ReportedOutcome MedianMonths(Endpoint endpoint, decimal months, string? population = null) =>
            ReportedOutcome.Of(endpoint, new OutcomeValue.Median(FollowUpTime.Months(months)), population);
    }
}
