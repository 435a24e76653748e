using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Engraftment
{
    /// <summary>
    /// One blood count result (absolute neutrophil count or platelets) with its sample date, as a quantity in a cell
    /// concentration unit such as <c>10*9/L</c> or <c>10*3/uL</c>. JSON:
    /// <c>Date</c> and <c>Count</c> ({"Amount":0.6,"Unit":"10*9/L"}).
    /// </summary>
    public sealed record BloodCount : IJsonOnDeserialized
    {
        [JsonConstructor]
        private BloodCount()
        {
        }

        /// <summary>The sample date.</summary>
        [JsonInclude]
        [JsonRequired]
        public DateOnly Date { get; private init; }

        /// <summary>The count, 0 or more, in a unit commensurable with <c>10*9/L</c>.</summary>
        [JsonInclude]
        [JsonRequired]
        public Quantity Count { get; private init; } = null!;

        /// <summary>The count in 10⁹/L.</summary>
        [JsonIgnore]
        public decimal BillionPerLitre => Count.ConvertTo(Unit.BillionPerLitre).Amount;

        /// <summary>A count in 10⁹/L.</summary>
        /// <param name="date">The sample date.</param>
        /// <param name="billionPerLitre">The count in 10⁹/L, 0 or more.</param>
        /// <returns>The count.</returns>
        public static BloodCount Of(DateOnly date, decimal billionPerLitre) => Of(date, Quantity.Of(billionPerLitre, Unit.BillionPerLitre));

        /// <summary>A count in any cell concentration unit.</summary>
        /// <param name="date">The sample date.</param>
        /// <param name="count">The count, 0 or more, e.g. 0.6 <c>10*9/L</c>.</param>
        /// <returns>The count.</returns>
        /// <exception cref="DomainValidationException">A negative count or a unit that is not a cell concentration.</exception>
        public static BloodCount Of(DateOnly date, Quantity count)
        {
            Check(count);
            return new BloodCount { Date = date, Count = count };
        }

        /// <summary>"2025-03-15: 0.6 10*9/L".</summary>
        /// <returns>The count in words.</returns>
        public override string ToString() => $"{Date:yyyy-MM-dd}: {Count}";

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => Check(Count));

        private static void Check(Quantity count)
        {
            if (count is null || !count.Unit.IsCommensurableWith(Unit.BillionPerLitre))
            {
                throw new DomainValidationException(nameof(BloodCount), "Count must be a cell concentration such as 10*9/L", count?.ToString() ?? "null", nameof(Count));
            }

            if (count.Amount < 0m)
            {
                throw new DomainValidationException(nameof(BloodCount), "Count must not be negative", count.ToString(), nameof(Count));
            }
        }
    }
}
