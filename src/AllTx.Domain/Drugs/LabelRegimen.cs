using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using AllTx.Domain.Dosing;
using AllTx.Domain.Patients;
using AllTx.Domain.Units;

namespace AllTx.Domain.Drugs
{
    /// <summary>
    /// A label regimen as sourced data: the drug, the cycle shape, and the steps by body weight and cycle day with their
    /// doses and caps. It computes a patient's absolute label dose and checks an ordered dose against it. Data, not advice.
    /// </summary>
    public sealed class LabelRegimen
    {
        [JsonConstructor]
        private LabelRegimen(DrugId drug, string name, TreatmentCycle? cycle, IReadOnlyList<RegimenStep> steps, SourceReference source)
        {
            DomainJson.Validate(() =>
            {
                drug.Require(nameof(Drug));
                DomainJson.RequirePresent(name, nameof(LabelRegimen), nameof(Name));
                DomainJson.RequirePresent(source, nameof(LabelRegimen), nameof(Source));
                if (DomainJson.RequireNotNull(steps, nameof(LabelRegimen), nameof(Steps)).Count == 0 || steps.Any(step => step is null))
                {
                    throw new DomainValidationException(nameof(LabelRegimen), "Steps must hold at least one step and no null", steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(Steps));
                }
            });
            Drug = drug;
            Name = name;
            Cycle = cycle;
            Steps = steps;
            Source = source;
        }

        /// <summary>The drug the regimen is for.</summary>
        public DrugId Drug { get; }

        /// <summary>The regimen's name, e.g. "blinatumomab, cycle 1".</summary>
        public string Name { get; }

        /// <summary>The cycle shape, when the source gives one.</summary>
        public TreatmentCycle? Cycle { get; }

        /// <summary>The steps, by body weight and cycle day.</summary>
        public IReadOnlyList<RegimenStep> Steps { get; }

        /// <summary>Where the numbers come from.</summary>
        public SourceReference Source { get; }

        /// <summary>A regimen from its parts (teams can describe their own protocols).</summary>
        /// <param name="drug">The drug.</param>
        /// <param name="name">The name.</param>
        /// <param name="cycle">The cycle shape, or null.</param>
        /// <param name="steps">At least one step.</param>
        /// <param name="source">The source.</param>
        /// <returns>The regimen.</returns>
        public static LabelRegimen Create(DrugId drug, string name, TreatmentCycle? cycle, IEnumerable<RegimenStep> steps, SourceReference source)
        {
            ArgumentNullException.ThrowIfNull(steps);
            try
            {
                return new LabelRegimen(drug, name, cycle, steps.ToList(), source);
            }
            catch (System.Text.Json.JsonException exception) when (exception.InnerException is DomainValidationException rule)
            {
                throw rule;
            }
        }

        /// <summary>The step for a body weight on a cycle day, or null when the regimen gives no dose then (e.g. the treatment-free days).</summary>
        /// <param name="weight">The body weight.</param>
        /// <param name="day">The cycle day.</param>
        /// <returns>The step, or null.</returns>
        public RegimenStep? StepFor(BodyWeight weight, CycleDay day) =>
            Steps.FirstOrDefault(step => step.Weights.Contains(weight) && step.Days.Contains(day));

        /// <summary>The patient's absolute label dose on a cycle day: normalised by the body measurement, then capped.</summary>
        /// <param name="measurements">Body weight and, for per-m² steps, height.</param>
        /// <param name="day">The cycle day.</param>
        /// <returns>The absolute label dose.</returns>
        /// <exception cref="InvalidOperationException">The regimen gives no dose for this weight on this day.</exception>
        /// <exception cref="MissingBodyMeasurementException">A per-m² step without a height.</exception>
        public AbsoluteLabelDose AbsoluteDoseFor(BodyMeasurements measurements, CycleDay day)
        {
            ArgumentNullException.ThrowIfNull(measurements);
            RegimenStep step = StepFor(measurements.Weight, day)
                ?? throw new InvalidOperationException($"{Name} gives no dose for {measurements.Weight} on {day} (source: {Source}).");
            return new AbsoluteLabelDose(step, step.Dose.Lowest.ToAbsoluteDose(measurements, step.Cap), step.Dose.Highest.ToAbsoluteDose(measurements, step.Cap));
        }

        /// <summary>
        /// Whether an ordered absolute dose lies within this regimen's label range for the patient on a cycle day. Any
        /// comparison that cannot be made honestly (no step, missing height, incommensurable or normalised unit) is
        /// <see cref="DoseRangeCheck.NotComparable"/> with the reason.
        /// </summary>
        /// <param name="measurements">Body weight and, for per-m² steps, height.</param>
        /// <param name="day">The cycle day.</param>
        /// <param name="ordered">The ordered absolute dose, e.g. 28 <c>ug/d</c>.</param>
        /// <returns>The outcome.</returns>
        public DoseRangeCheck Check(BodyMeasurements measurements, CycleDay day, Quantity ordered)
        {
            ArgumentNullException.ThrowIfNull(measurements);
            day.Require(nameof(day));
            ArgumentNullException.ThrowIfNull(ordered);
            if (StepFor(measurements.Weight, day) is null)
            {
                return new DoseRangeCheck.NotComparable($"{Name} gives no dose for {measurements.Weight} on {day}.");
            }

            AbsoluteLabelDose label;
            try
            {
                label = AbsoluteDoseFor(measurements, day);
            }
            catch (MissingBodyMeasurementException missing)
            {
                return new DoseRangeCheck.NotComparable(missing.Message);
            }

            if (!ordered.TryConvertTo(label.Lowest.Value.Unit, out _))
            {
                return new DoseRangeCheck.NotComparable(
                    $"The ordered dose {ordered} ({ordered.Unit.Dimension}) is not commensurable with the absolute label dose in {label.Lowest.Value.Unit} ({label.Lowest.Value.Unit.Dimension}); order the absolute dose.");
            }

            Quantity lowest = label.Lowest.Value.ConvertTo(ordered.Unit);
            Quantity highest = label.Highest.Value.ConvertTo(ordered.Unit);
            return ordered > highest
                ? new DoseRangeCheck.AboveLabelRange(ordered, highest, ordered - highest)
                : ordered < lowest
                    ? new DoseRangeCheck.BelowLabelRange(ordered, lowest, lowest - ordered)
                    : new DoseRangeCheck.WithinLabelRange(ordered, lowest, highest);
        }

        /// <summary>The name.</summary>
        /// <returns><see cref="Name"/>.</returns>
        public override string ToString() => Name;
    }
}
