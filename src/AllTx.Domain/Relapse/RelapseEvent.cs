using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>A relapse: its phenotype, timing, site, depth and date (<see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/>).</summary>
    public sealed record RelapseEvent : IJsonOnDeserialized
    {
        [JsonConstructor]
        private RelapseEvent()
        {
        }

        /// <summary>The phenotype.</summary>
        [JsonInclude, JsonRequired]
        public RelapsePhenotype Phenotype { get; private init; } = null!;

        /// <summary>When it happened relative to prior therapy.</summary>
        [JsonInclude, JsonRequired]
        public RelapseTiming Timing { get; private init; }

        /// <summary>Where it is.</summary>
        [JsonInclude, JsonRequired]
        public RelapseSite Site { get; private init; }

        /// <summary>Molecular or haematological.</summary>
        [JsonInclude, JsonRequired]
        public RelapseDepth Depth { get; private init; }

        /// <summary>The date of diagnosis of the relapse.</summary>
        [JsonInclude, JsonRequired]
        public DateOnly Date { get; private init; }

        /// <summary>A relapse.</summary>
        /// <param name="phenotype">The phenotype (from <see cref="RelapsePhenotypeClassifier"/>).</param>
        /// <param name="timing">The timing.</param>
        /// <param name="site">The site.</param>
        /// <param name="depth">The depth.</param>
        /// <param name="date">The date.</param>
        /// <returns>The relapse.</returns>
        public static RelapseEvent Create(RelapsePhenotype phenotype, RelapseTiming timing, RelapseSite site, RelapseDepth depth, DateOnly date) =>
            new()
            {
                Phenotype = phenotype ?? throw new ArgumentNullException(nameof(phenotype)),
                Timing = DomainEnum.Require(timing, nameof(timing)),
                Site = DomainEnum.Require(site, nameof(site)),
                Depth = DomainEnum.Require(depth, nameof(depth)),
                Date = date,
            };

        void IJsonOnDeserialized.OnDeserialized() =>
            DomainJson.Validate(() => DomainJson.RequirePresent(Phenotype, nameof(RelapseEvent), nameof(Phenotype)));
    }
}
