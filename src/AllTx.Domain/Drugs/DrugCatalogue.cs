using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace AllTx.Domain.Drugs
{
    /// <summary>
    /// An immutable catalogue of drugs by <see cref="DrugId"/>: the <see cref="Standard"/> entries plus any formulary
    /// entries a team registers with <see cref="WithFormularyEntry"/>.
    /// </summary>
    public sealed class DrugCatalogue
    {
        private readonly ImmutableDictionary<DrugId, Drug> _byId;

        private DrugCatalogue(ImmutableDictionary<DrugId, Drug> byId)
        {
            _byId = byId;
        }

        /// <summary>The catalogue of <see cref="StandardDrugs.All"/>.</summary>
        public static DrugCatalogue Standard { get; } = new(StandardDrugs.All.ToImmutableDictionary(drug => drug.Id));

        /// <summary>Every entry, ordered by identifier.</summary>
        public IReadOnlyList<Drug> All => _byId.Values.OrderBy(drug => drug.Id.Value, StringComparer.Ordinal).ToList();

        /// <summary>A new catalogue with one more entry.</summary>
        /// <param name="entry">The team's entry (see <see cref="Drug.FormularyEntry"/>).</param>
        /// <returns>The extended catalogue; this one is unchanged.</returns>
        /// <exception cref="DomainValidationException">An entry with the same identifier exists.</exception>
        public DrugCatalogue WithFormularyEntry(Drug entry)
        {
            ArgumentNullException.ThrowIfNull(entry);
            return _byId.ContainsKey(entry.Id)
                ? throw new DomainValidationException(nameof(DrugCatalogue), "already holds an entry with this identifier", entry.Id.Value, nameof(entry))
                : new DrugCatalogue(_byId.Add(entry.Id, entry));
        }

        /// <summary>The entry with <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="KeyNotFoundException">No entry has this identifier.</exception>
        public Drug Get(DrugId id) =>
            TryGet(id, out Drug? drug) ? drug : throw new KeyNotFoundException($"The drug catalogue has no entry '{id}'; register it with WithFormularyEntry.");

        /// <summary>The entry with <paramref name="id"/>, without throwing.</summary>
        /// <param name="id">The identifier.</param>
        /// <param name="drug">The entry, or null.</param>
        /// <returns>True when found.</returns>
        public bool TryGet(DrugId id, [NotNullWhen(true)] out Drug? drug)
        {
            id.Require(nameof(id));
            return _byId.TryGetValue(id, out drug);
        }
    }
}
