using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Patients;
using AllTx.Domain.Units;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// A prescribed dose made absolute for one patient: the measurement used, the dose before the cap, the cap, and the
    /// resulting absolute dose. Caps apply after normalisation (<see cref="SourceReference.BlinatumomabLabel"/>; blinatumomab &lt; 45 kg:
    /// 15 ug/m2/day, not above 28 ug/day).
    /// </summary>
    public sealed record AbsoluteDose : IJsonOnDeserialized
    {
        [JsonConstructor]
        private AbsoluteDose()
        {
        }

        /// <summary>The prescribed dose.</summary>
        [JsonInclude]
        [JsonRequired]
        public Dose Prescribed { get; private init; } = null!;

        /// <summary>The measurement the dose was normalised with.</summary>
        [JsonInclude]
        [JsonRequired]
        public DoseBasisMeasurement Measurement { get; private init; } = null!;

        /// <summary>The absolute dose before any cap.</summary>
        [JsonInclude]
        [JsonRequired]
        public Quantity Uncapped { get; private init; } = null!;

        /// <summary>The cap applied after normalisation, in the absolute dose's unit; null when there is none.</summary>
        [JsonInclude]
        public Quantity? Cap { get; private init; }

        /// <summary>The absolute dose to give: <see cref="Uncapped"/>, or <see cref="Cap"/> when lower.</summary>
        [JsonInclude]
        [JsonRequired]
        public Quantity Value { get; private init; } = null!;

        /// <summary>True when the cap lowered the dose.</summary>
        [JsonIgnore]
        public bool IsCapped => Value < Uncapped;

        /// <summary>"27.2715 ug/d (uncapped 27.2715 ug/d)".</summary>
        /// <returns>The absolute dose in words.</returns>
        public override string ToString() => IsCapped ? $"{Value} (capped from {Uncapped})" : Value.ToString();

        internal static AbsoluteDose Compute(Dose dose, BodyMeasurements measurements, Quantity? cap)
        {
            ArgumentNullException.ThrowIfNull(measurements);
            (DoseBasisMeasurement measurement, decimal factor) = dose.Basis switch
            {
                NormalizationBasis.PerKilogramBodyWeight => (new DoseBasisMeasurement.PerBodyWeight(measurements.Weight), measurements.Weight.Value),
                NormalizationBasis.PerSquareMetreBodySurfaceArea => SurfaceArea(dose, measurements),
                _ => ((DoseBasisMeasurement)new DoseBasisMeasurement.Fixed(), 1m),
            };
            Unit absoluteUnit = dose.Unit.Unit.AbsoluteCode is { } code ? Unit.Parse(code) : dose.Unit.Unit;
            Quantity uncapped = Quantity.Of(dose.Amount * factor, absoluteUnit);
            Quantity? capInUnit = cap?.ConvertTo(absoluteUnit);
            return new AbsoluteDose
            {
                Prescribed = dose,
                Measurement = measurement,
                Uncapped = uncapped,
                Cap = capInUnit,
                Value = Capped(uncapped, capInUnit),
            };
        }

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            DomainJson.RequirePresent(Prescribed, nameof(AbsoluteDose), nameof(Prescribed));
            DomainJson.RequirePresent(Measurement, nameof(AbsoluteDose), nameof(Measurement));
            Quantity expected = Capped(DomainJson.RequireNotNull(Uncapped, nameof(AbsoluteDose), nameof(Uncapped)), Cap);
            if (DomainJson.RequireNotNull(Value, nameof(AbsoluteDose), nameof(Value)) != expected)
            {
                throw new DomainValidationException(nameof(AbsoluteDose), $"Value must equal Uncapped limited by Cap ({expected})", Value.ToString(), nameof(Value));
            }
        });

        private static (DoseBasisMeasurement, decimal) SurfaceArea(Dose dose, BodyMeasurements measurements)
        {
            BodySurfaceAreaEstimate estimate = measurements.MostellerBodySurfaceArea()
                ?? throw new MissingBodyMeasurementException(dose, "a body height (for the Mosteller body-surface area)");
            return (new DoseBasisMeasurement.PerBodySurfaceArea(estimate), estimate.Value.Value);
        }

        private static Quantity Capped(Quantity uncapped, Quantity? cap) =>
            cap is not null && cap.CompareTo(uncapped) < 0 ? cap.ConvertTo(uncapped.Unit) : uncapped;
    }
}
