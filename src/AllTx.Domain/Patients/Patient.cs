using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// The few patient facts dosing and result interpretation need: identifier, sex, age band and body measurements;
    /// nothing more personal (issue 5 "Patient").
    /// </summary>
    public sealed record Patient : IJsonOnDeserialized
    {
        [JsonConstructor]
        private Patient()
        {
        }

        /// <summary>The team's identifier for the patient (sensitive).</summary>
        [JsonInclude]
        [JsonRequired]
        public PatientId Id { get; private init; } = null!;

        /// <summary>Sex, for laboratory reference context.</summary>
        [JsonInclude]
        [JsonRequired]
        public Sex Sex { get; private init; }

        /// <summary>The age band.</summary>
        [JsonInclude]
        [JsonRequired]
        public AgeBand AgeBand { get; private init; }

        /// <summary>Body weight and, when measured, height.</summary>
        [JsonInclude]
        [JsonRequired]
        public BodyMeasurements Measurements { get; private init; } = null!;

        /// <summary>A patient with the facts dosing needs.</summary>
        /// <param name="id">The identifier.</param>
        /// <param name="sex">Sex.</param>
        /// <param name="ageBand">The age band.</param>
        /// <param name="measurements">Body measurements.</param>
        /// <returns>The patient facts.</returns>
        public static Patient Create(PatientId id, Sex sex, AgeBand ageBand, BodyMeasurements measurements) =>
            new()
            {
                Id = id ?? throw new ArgumentNullException(nameof(id)),
                Sex = sex,
                AgeBand = ageBand,
                Measurements = measurements ?? throw new ArgumentNullException(nameof(measurements)),
            };

        /// <summary>A text without the identifier.</summary>
        /// <returns>The facts, with the identifier masked.</returns>
        public override string ToString() => $"Patient {{ Id = {Id}, Sex = {Sex}, AgeBand = {AgeBand} }}";

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            DomainJson.RequirePresent(Id, nameof(Patient), nameof(Id));
            DomainJson.RequirePresent(Measurements, nameof(Patient), nameof(Measurements));
        });
    }
}
