using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// MRD monitoring around allo-HSCT or CAR-T (<see cref="SourceReference.RelapsePreventionAfterHsct"/>, ALL Hub steering committee 2025): assess MRD before allo-HSCT or
    /// CAR-T for patients in haematological remission, then approximately every 2–3 months for at least the first year
    /// after. Given the results so far and a day, it lists the assessment windows with their status. A schedule from a
    /// source, not advice.
    /// </summary>
    public sealed record MrdMonitoringPlan
    {
        /// <summary>The shortest interval between assessments after the anchor: 2 months (<see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
        public const int ShortestIntervalMonths = 2;

        /// <summary>The longest interval between assessments after the anchor: 3 months (<see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
        public const int LongestIntervalMonths = 3;

        /// <summary>The monitoring period after the anchor: at least the first 12 months (<see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
        public const int MonitoringMonths = 12;

        /// <summary>
        /// How many days before day 0 the pre-treatment assessment window opens: 30, the team's choice
        /// (<see cref="SourceReference.PreTreatmentMrdWindow"/>) for the "last evaluation prior to the start of the
        /// preparative regimen" that the CIBMTR pre-HCT disease forms ask for
        /// (<see cref="SourceReference.CibmtrPreHctDiseaseStatus"/>), which name no number of days. A result sampled
        /// earlier does not count as the pre-treatment assessment.
        /// </summary>
        public const int PreTreatmentWindowDays = 30;

        [JsonConstructor]
        private MrdMonitoringPlan(MrdMonitoringAnchor anchor, DateOnly anchorDate, bool includesPreTreatmentAssessment)
        {
            Anchor = anchor;
            AnchorDate = anchorDate;
            IncludesPreTreatmentAssessment = includesPreTreatmentAssessment;
        }

        /// <summary>The treatment the plan is anchored to.</summary>
        public MrdMonitoringAnchor Anchor { get; }

        /// <summary>Day 0: the infusion date of the transplant or CAR-T.</summary>
        public DateOnly AnchorDate { get; }

        /// <summary>True when the patient is in haematological remission before treatment, so an assessment before it is planned (<see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
        public bool IncludesPreTreatmentAssessment { get; }

        /// <summary>A plan for a patient in haematological remission before treatment: one assessment before day 0, then every 2–3 months for 12 months.</summary>
        /// <param name="anchor">Allo-HSCT or CAR-T.</param>
        /// <param name="anchorDate">Day 0.</param>
        /// <returns>The plan.</returns>
        public static MrdMonitoringPlan ForPatientInHaematologicalRemission(MrdMonitoringAnchor anchor, DateOnly anchorDate) =>
            new(DomainEnum.Require(anchor, nameof(anchor)), anchorDate, true);

        /// <summary>A plan for a patient not in haematological remission before treatment: only the assessments every 2–3 months for 12 months after day 0.</summary>
        /// <param name="anchor">Allo-HSCT or CAR-T.</param>
        /// <param name="anchorDate">Day 0.</param>
        /// <returns>The plan.</returns>
        public static MrdMonitoringPlan ForPatientNotInRemission(MrdMonitoringAnchor anchor, DateOnly anchorDate) =>
            new(DomainEnum.Require(anchor, nameof(anchor)), anchorDate, false);

        /// <summary>
        /// The assessment windows and their status on <paramref name="today"/>. The pre-treatment window runs from
        /// <see cref="PreTreatmentWindowDays"/> days before day 0 to the day before it. After day 0 each window runs from 2 to 3
        /// months after the previous assessment (or day 0); a result sampled earlier than the window still fulfils it and
        /// restarts the interval; a missed window restarts it from its last day. Windows are listed while they open within
        /// the first 12 months.
        /// </summary>
        /// <param name="results">The MRD results so far, in any order.</param>
        /// <param name="today">The day to evaluate on.</param>
        /// <returns>The windows in time order.</returns>
        public IReadOnlyList<MrdAssessmentWindow> Evaluate(IEnumerable<MrdResult> results, DateOnly today)
        {
            ArgumentNullException.ThrowIfNull(results);
            List<DateOnly> dates = results.Select(result => result.SampleDate).Order().ToList();
            List<MrdAssessmentWindow> windows = new();
            string anchorName = Anchor == MrdMonitoringAnchor.AllogeneicHsct ? "allo-HSCT" : "CAR-T";
            if (IncludesPreTreatmentAssessment)
            {
                DateOnly firstDayBefore = AnchorDate.AddDays(-PreTreatmentWindowDays);
                DateOnly lastDayBefore = AnchorDate.AddDays(-1);
                DateOnly? done = dates.Where(date => date >= firstDayBefore && date < AnchorDate).Cast<DateOnly?>().LastOrDefault();
                windows.Add(new MrdAssessmentWindow("before " + anchorName, firstDayBefore, lastDayBefore, StatusOf(done, firstDayBefore, lastDayBefore, today)));
            }

            DateOnly end = AnchorDate.AddMonths(MonitoringMonths);
            DateOnly previous = AnchorDate;
            for (int number = 1; previous.AddMonths(ShortestIntervalMonths) <= end; number++)
            {
                DateOnly earliest = previous.AddMonths(ShortestIntervalMonths);
                DateOnly latest = previous.AddMonths(LongestIntervalMonths);
                DateOnly after = previous;
                DateOnly? done = dates.Where(date => date > after && date <= latest).Cast<DateOnly?>().FirstOrDefault();
                windows.Add(new MrdAssessmentWindow(
                    string.Create(CultureInfo.InvariantCulture, $"after {anchorName}, assessment {number}"), earliest, latest, StatusOf(done, earliest, latest, today)));
                previous = done ?? latest;
                if (done is null && latest >= today)
                {
                    break;
                }
            }

            return windows;
        }

        private static MrdAssessmentStatus StatusOf(DateOnly? done, DateOnly? earliest, DateOnly latest, DateOnly today) =>
            done is { } sampled
                ? new MrdAssessmentStatus.Completed(sampled)
                : today > latest
                    ? new MrdAssessmentStatus.Overdue()
                    : earliest is null || today >= earliest
                        ? new MrdAssessmentStatus.Due()
                        : new MrdAssessmentStatus.Upcoming();
    }
}
