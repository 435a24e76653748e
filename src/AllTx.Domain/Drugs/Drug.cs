using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Dosing;

namespace AllTx.Domain.Drugs
{
    /// <summary>
    /// A catalogue entry for an agent: name, class, target antigens, route, the dose-unit kinds that make sense for it and
    /// the source of the entry. Teams add their own with <see cref="FormularyEntry"/>.
    /// </summary>
    public sealed record Drug : IJsonOnDeserialized
    {
        [JsonConstructor]
        private Drug(DrugId id)
        {
            Id = id;
        }

        /// <summary>The catalogue key.</summary>
        [JsonInclude]
        [JsonRequired]
        public DrugId Id { get; private init; }

        /// <summary>The international non-proprietary name, e.g. "inotuzumab ozogamicin".</summary>
        [JsonInclude]
        [JsonRequired]
        public string Name { get; private init; } = null!;

        /// <summary>The pharmacological class.</summary>
        [JsonInclude]
        [JsonRequired]
        public DrugClass Class { get; private init; }

        /// <summary>The target antigens; <see cref="TargetAntigen.None"/> when the agent has none.</summary>
        [JsonInclude]
        [JsonRequired]
        public TargetAntigen Targets { get; private init; }

        /// <summary>The route of administration.</summary>
        [JsonInclude]
        [JsonRequired]
        public Route Route { get; private init; }

        /// <summary>The dose-unit kinds the agent may be dosed in; any other kind is refused by <see cref="EnsureAccepts"/>.</summary>
        [JsonInclude]
        [JsonRequired]
        public DoseUnitKind DoseUnitKinds { get; private init; }

        /// <summary>Where the entry's facts come from.</summary>
        [JsonInclude]
        [JsonRequired]
        public SourceReference Source { get; private init; } = null!;

        /// <summary>A team's own formulary entry.</summary>
        /// <param name="id">The catalogue key.</param>
        /// <param name="name">The international non-proprietary name; not blank.</param>
        /// <param name="drugClass">The class.</param>
        /// <param name="targets">The target antigens (<see cref="TargetAntigen.None"/> for none).</param>
        /// <param name="route">The route.</param>
        /// <param name="doseUnitKinds">The dose-unit kinds that make sense; at least one.</param>
        /// <param name="source">The source of the entry.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="DomainValidationException">A blank name, an undefined enumeration value or no dose-unit kind.</exception>
        public static Drug FormularyEntry(DrugId id, string name, DrugClass drugClass, TargetAntigen targets, Route route, DoseUnitKind doseUnitKinds, SourceReference source)
        {
            Drug drug = new(id.Require(nameof(id)))
            {
                Name = name,
                Class = drugClass,
                Targets = targets,
                Route = route,
                DoseUnitKinds = doseUnitKinds,
                Source = source ?? throw new ArgumentNullException(nameof(source)),
            };
            drug.Check();
            return drug;
        }

        /// <summary>True when a dose in <paramref name="unit"/> is of a kind that makes sense for this agent.</summary>
        /// <param name="unit">The dose unit.</param>
        /// <returns>True when accepted.</returns>
        public bool Accepts(DoseUnit unit)
        {
            ArgumentNullException.ThrowIfNull(unit);
            return (DoseUnitKinds & unit.Kind) != 0;
        }

        /// <summary>Refuses a dose in a unit of a kind that makes no sense for this agent (e.g. blinatumomab in <c>mg/m2</c>).</summary>
        /// <param name="dose">The dose.</param>
        /// <exception cref="DoseUnitNotAllowedException">The dose unit's kind is not one of <see cref="DoseUnitKinds"/>.</exception>
        public void EnsureAccepts(Dose dose)
        {
            ArgumentNullException.ThrowIfNull(dose);
            if (!Accepts(dose.Unit))
            {
                throw new DoseUnitNotAllowedException(this, dose);
            }
        }

        /// <summary>The name.</summary>
        /// <returns><see cref="Name"/>.</returns>
        public override string ToString() => Name;

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            Id.Require(nameof(Id));
            DomainJson.RequirePresent(Source, nameof(Drug), nameof(Source));
            Check();
        });

        private void Check()
        {
            if (string.IsNullOrWhiteSpace(Name))
            {
                throw new DomainValidationException(nameof(Drug), "Name must not be blank", Name is null ? "null" : "\"" + Name + "\"", nameof(Name));
            }

            DomainEnum.Require(Class, nameof(Class));
            DomainEnum.Require(Route, nameof(Route));
            if (DoseUnitKinds == 0)
            {
                throw new DomainValidationException(nameof(Drug), "DoseUnitKinds must name at least one dose-unit kind", "none", nameof(DoseUnitKinds));
            }
        }
    }
}
