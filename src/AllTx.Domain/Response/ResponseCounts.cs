using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Disease;
using AllTx.Domain.Units;

namespace AllTx.Domain.Response
{
    /// <summary>
    /// The findings a count-based response is computed from: marrow blasts, extramedullary disease, absolute neutrophil
    /// count and platelets (each a quantity in a number-concentration unit such as <c>10*9/L</c>), transfusion dependence
    /// (judged by a named criteria set, <see cref="ResponseCriteriaSet"/>).
    /// </summary>
    public sealed record ResponseCounts : IJsonOnDeserialized
    {
        [JsonConstructor]
        private ResponseCounts(BlastPercentage marrowBlasts)
        {
            MarrowBlasts = marrowBlasts;
        }

        /// <summary>The bone-marrow blast percentage.</summary>
        [JsonInclude, JsonRequired]
        public BlastPercentage MarrowBlasts { get; private init; }

        /// <summary>Extramedullary disease.</summary>
        [JsonInclude, JsonRequired]
        public ExtramedullaryDisease ExtramedullaryDisease { get; private init; }

        /// <summary>The absolute neutrophil count (ANC), in a cell-count concentration unit.</summary>
        [JsonInclude, JsonRequired]
        public Quantity AbsoluteNeutrophilCount { get; private init; } = null!;

        /// <summary>The platelet count, in a cell-count concentration unit.</summary>
        [JsonInclude, JsonRequired]
        public Quantity Platelets { get; private init; } = null!;

        /// <summary>Transfusion dependence.</summary>
        [JsonInclude, JsonRequired]
        public TransfusionDependence Transfusions { get; private init; }

        /// <summary>The findings of a response assessment.</summary>
        /// <param name="marrowBlasts">Marrow blasts.</param>
        /// <param name="extramedullaryDisease">Extramedullary disease.</param>
        /// <param name="absoluteNeutrophilCount">ANC, e.g. 1.2 <c>10*9/L</c>.</param>
        /// <param name="platelets">Platelets, e.g. 110 <c>10*9/L</c>.</param>
        /// <param name="transfusions">Transfusion dependence.</param>
        /// <returns>The findings.</returns>
        /// <exception cref="IncommensurableUnitsException">A count not given as a cell-count concentration.</exception>
        public static ResponseCounts Of(BlastPercentage marrowBlasts, ExtramedullaryDisease extramedullaryDisease, Quantity absoluteNeutrophilCount, Quantity platelets, TransfusionDependence transfusions)
        {
            ResponseCounts counts = new(marrowBlasts.Require(nameof(marrowBlasts)))
            {
                ExtramedullaryDisease = DomainEnum.Require(extramedullaryDisease, nameof(extramedullaryDisease)),
                AbsoluteNeutrophilCount = absoluteNeutrophilCount ?? throw new ArgumentNullException(nameof(absoluteNeutrophilCount)),
                Platelets = platelets ?? throw new ArgumentNullException(nameof(platelets)),
                Transfusions = DomainEnum.Require(transfusions, nameof(transfusions)),
            };
            counts.CheckUnits();
            return counts;
        }

        /// <summary>ANC in <c>10*9/L</c>.</summary>
        [JsonIgnore]
        public decimal NeutrophilsPerNanolitre => AbsoluteNeutrophilCount.ConvertTo(Unit.BillionPerLitre).Amount;

        /// <summary>Platelets in <c>10*9/L</c>.</summary>
        [JsonIgnore]
        public decimal PlateletsPerNanolitre => Platelets.ConvertTo(Unit.BillionPerLitre).Amount;

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            MarrowBlasts.Require(nameof(MarrowBlasts));
            DomainJson.RequirePresent(AbsoluteNeutrophilCount, nameof(ResponseCounts), nameof(AbsoluteNeutrophilCount));
            DomainJson.RequirePresent(Platelets, nameof(ResponseCounts), nameof(Platelets));
            CheckUnits();
        });

        private void CheckUnits()
        {
            foreach ((Quantity count, string field) in new[] { (AbsoluteNeutrophilCount, nameof(AbsoluteNeutrophilCount)), (Platelets, nameof(Platelets)) })
            {
                if (!count.Unit.IsCommensurableWith(Unit.BillionPerLitre))
                {
                    throw new DomainValidationException(nameof(ResponseCounts), $"{field} must be a cell-count concentration such as 10*9/L", count.ToString(), field);
                }
            }
        }
    }
}
