using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using AllTx.Domain.Outcomes;

namespace AllTx.Domain.Trials
{
    /// <summary>
    /// A trial as evidence: its name and registry identifiers, phase when the source states it, population, arm, the
    /// outcomes reported, notes on anything the source prints that does not fit a typed outcome, and the source itself.
    /// Data with a source, never a recommendation. JSON: the properties by name.
    /// </summary>
    public sealed record TrialRecord : IJsonOnDeserialized
    {
        [JsonConstructor]
        private TrialRecord()
        {
        }

        /// <summary>The trial's name or acronym (e.g. "ELIANA"), or null when it is known only by its registry id.</summary>
        [JsonInclude]
        public string? Name { get; private init; }

        /// <summary>The registry identifiers; at least one unless <see cref="Name"/> is given.</summary>
        [JsonInclude]
        [JsonRequired]
        public IReadOnlyList<TrialRegistryId> Registrations { get; private init; } = null!;

        /// <summary>The phase, when the source states it; null otherwise (never guessed).</summary>
        [JsonInclude]
        public TrialPhase? Phase { get; private init; }

        /// <summary>The population as the source describes it.</summary>
        [JsonInclude]
        [JsonRequired]
        public string Population { get; private init; } = null!;

        /// <summary>The treatment arm.</summary>
        [JsonInclude]
        [JsonRequired]
        public TrialArm Arm { get; private init; } = null!;

        /// <summary>The outcomes reported.</summary>
        [JsonInclude]
        [JsonRequired]
        public IReadOnlyList<ReportedOutcome> Outcomes { get; private init; } = null!;

        /// <summary>Notes on how the source's text was encoded, or what it prints that no typed outcome holds.</summary>
        [JsonInclude]
        public IReadOnlyList<string> Notes { get; private init; } = [];

        /// <summary>Where the record comes from.</summary>
        [JsonInclude]
        [JsonRequired]
        public SourceReference Source { get; private init; } = null!;

        /// <summary>A trial record.</summary>
        /// <param name="name">The name or acronym, or null.</param>
        /// <param name="registrations">The registry identifiers.</param>
        /// <param name="phase">The phase as stated by the source, or null.</param>
        /// <param name="population">The population; not blank.</param>
        /// <param name="arm">The arm.</param>
        /// <param name="outcomes">The outcomes.</param>
        /// <param name="source">The source.</param>
        /// <param name="notes">Notes, if any.</param>
        /// <returns>The record.</returns>
        /// <exception cref="DomainValidationException">No name and no registration, a blank population, or a missing part.</exception>
        public static TrialRecord Of(
            string? name,
            IEnumerable<TrialRegistryId> registrations,
            TrialPhase? phase,
            string population,
            TrialArm arm,
            IEnumerable<ReportedOutcome> outcomes,
            SourceReference source,
            params string[] notes)
        {
            System.ArgumentNullException.ThrowIfNull(registrations);
            System.ArgumentNullException.ThrowIfNull(outcomes);
            TrialRecord record = new()
            {
                Name = name?.Trim(),
                Registrations = registrations.ToList(),
                Phase = phase,
                Population = population,
                Arm = arm,
                Outcomes = outcomes.ToList(),
                Source = source,
                Notes = notes ?? [],
            };
            record.Check();
            return record;
        }

        /// <summary>The outcomes for one endpoint.</summary>
        /// <param name="endpoint">The endpoint.</param>
        /// <returns>The matching outcomes, in source order.</returns>
        public IEnumerable<ReportedOutcome> OutcomesFor(Endpoint endpoint) => Outcomes.Where(outcome => outcome.Endpoint == endpoint);

        /// <summary>"ELIANA (NCT02228096)".</summary>
        /// <returns>The trial's name and identifiers.</returns>
        public override string ToString() =>
            Name is null ? string.Join(", ", Registrations) : Registrations.Count == 0 ? Name : $"{Name} ({string.Join(", ", Registrations)})";

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(Check);

        private void Check()
        {
            const string Concept = nameof(TrialRecord);
            if (DomainJson.RequireNotNull(Registrations, Concept, nameof(Registrations)).Any(r => r is null)
                || DomainJson.RequireNotNull(Outcomes, Concept, nameof(Outcomes)).Any(o => o is null)
                || DomainJson.RequireNotNull(Notes, Concept, nameof(Notes)).Any(string.IsNullOrWhiteSpace))
            {
                throw new DomainValidationException(Concept, "Registrations, Outcomes and Notes must not hold null or blank entries", "a null entry", nameof(Registrations));
            }

            if (Registrations.Count == 0 && string.IsNullOrWhiteSpace(Name))
            {
                throw new DomainValidationException(Concept, "needs a Name or at least one registry id in Registrations", "none", nameof(Registrations));
            }

            if (string.IsNullOrWhiteSpace(Population))
            {
                throw new DomainValidationException(Concept, "Population must not be blank", Population is null ? "null" : "\"" + Population + "\"", nameof(Population));
            }

            if (Phase is { } phase)
            {
                DomainEnum.Require(phase, nameof(Phase));
            }

            if (Arm is null || Source is null)
            {
                throw new DomainValidationException(Concept, "requires Arm and Source", "null", Arm is null ? nameof(Arm) : nameof(Source));
            }
        }
    }
}
