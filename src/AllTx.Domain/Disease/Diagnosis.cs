using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Disease
{
    /// <summary>
    /// The diagnosis facts of an ALL: lineage, Philadelphia status, KMT2A rearrangement, risk group, age band,
    /// extramedullary disease, marrow blast percentage and antigen expression.
    /// </summary>
    public sealed record Diagnosis : IJsonOnDeserialized
    {
        [JsonConstructor]
        private Diagnosis(BlastPercentage marrowBlasts)
        {
            MarrowBlasts = marrowBlasts;
        }

        /// <summary>The lineage.</summary>
        [JsonInclude, JsonRequired]
        public Lineage Lineage { get; private init; }

        /// <summary>The Philadelphia status.</summary>
        [JsonInclude, JsonRequired]
        public PhiladelphiaStatus PhiladelphiaStatus { get; private init; }

        /// <summary>The KMT2A rearrangement status.</summary>
        [JsonInclude, JsonRequired]
        public Kmt2aStatus Kmt2a { get; private init; }

        /// <summary>The risk group.</summary>
        [JsonInclude, JsonRequired]
        public RiskGroup RiskGroup { get; private init; }

        /// <summary>The age band.</summary>
        [JsonInclude, JsonRequired]
        public AgeBand AgeBand { get; private init; }

        /// <summary>Extramedullary disease.</summary>
        [JsonInclude, JsonRequired]
        public ExtramedullaryDisease ExtramedullaryDisease { get; private init; }

        /// <summary>The bone-marrow blast percentage.</summary>
        [JsonInclude, JsonRequired]
        public BlastPercentage MarrowBlasts { get; private init; }

        /// <summary>The antigen expression recorded, at most one entry per antigen.</summary>
        [JsonInclude, JsonRequired]
        public IReadOnlyList<AntigenExpression> Antigens { get; private init; } = Array.Empty<AntigenExpression>();

        /// <summary>A diagnosis.</summary>
        /// <param name="lineage">The lineage.</param>
        /// <param name="philadelphiaStatus">The Philadelphia status.</param>
        /// <param name="kmt2a">The KMT2A rearrangement status.</param>
        /// <param name="riskGroup">The risk group.</param>
        /// <param name="ageBand">The age band.</param>
        /// <param name="extramedullaryDisease">Extramedullary disease.</param>
        /// <param name="marrowBlasts">The marrow blast percentage.</param>
        /// <param name="antigens">The antigen expression recorded, at most one per antigen.</param>
        /// <returns>The diagnosis.</returns>
        /// <exception cref="DomainValidationException">An undefined value or an antigen listed twice.</exception>
        public static Diagnosis Create(Lineage lineage, PhiladelphiaStatus philadelphiaStatus, Kmt2aStatus kmt2a, RiskGroup riskGroup, AgeBand ageBand, ExtramedullaryDisease extramedullaryDisease, BlastPercentage marrowBlasts, IEnumerable<AntigenExpression> antigens)
        {
            Diagnosis diagnosis = new(marrowBlasts.Require(nameof(marrowBlasts)))
            {
                Lineage = DomainEnum.Require(lineage, nameof(lineage)),
                PhiladelphiaStatus = DomainEnum.Require(philadelphiaStatus, nameof(philadelphiaStatus)),
                Kmt2a = DomainEnum.Require(kmt2a, nameof(kmt2a)),
                RiskGroup = DomainEnum.Require(riskGroup, nameof(riskGroup)),
                AgeBand = DomainEnum.Require(ageBand, nameof(ageBand)),
                ExtramedullaryDisease = DomainEnum.Require(extramedullaryDisease, nameof(extramedullaryDisease)),
                Antigens = (antigens ?? throw new ArgumentNullException(nameof(antigens))).ToList(),
            };
            diagnosis.CheckAntigens();
            return diagnosis;
        }

        /// <summary>The expression of <paramref name="antigen"/>, or null when not recorded.</summary>
        /// <param name="antigen">The antigen.</param>
        /// <returns>The expression, or null.</returns>
        public AntigenExpression? ExpressionOf(SurfaceAntigen antigen) => Antigens.FirstOrDefault(expression => expression.Antigen == antigen);

        /// <inheritdoc />
        public bool Equals(Diagnosis? other) =>
            other is not null && Lineage == other.Lineage && PhiladelphiaStatus == other.PhiladelphiaStatus && Kmt2a == other.Kmt2a
            && RiskGroup == other.RiskGroup && AgeBand == other.AgeBand && ExtramedullaryDisease == other.ExtramedullaryDisease
            && MarrowBlasts == other.MarrowBlasts && Antigens.SequenceEqual(other.Antigens);

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(Lineage, PhiladelphiaStatus, Kmt2a, RiskGroup, AgeBand, ExtramedullaryDisease, MarrowBlasts, Antigens.Count);

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            MarrowBlasts.Require(nameof(MarrowBlasts));
            DomainJson.RequirePresent(Antigens, nameof(Diagnosis), nameof(Antigens));
            CheckAntigens();
        });

        private void CheckAntigens()
        {
            if (Antigens.Any(expression => expression is null) || Antigens.GroupBy(expression => expression.Antigen).Any(group => group.Count() > 1))
            {
                throw new DomainValidationException(nameof(Diagnosis), "Antigens must list each antigen at most once and hold no null", string.Join(", ", Antigens), nameof(Antigens));
            }
        }
    }
}
