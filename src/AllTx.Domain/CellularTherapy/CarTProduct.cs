using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using AllTx.Domain.Drugs;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>
    /// A CAR-T product or construct: name, target antigens, costimulatory domain, the cell sources it is made from, whether
    /// it is approved, and — for approved products — its label dose rule. Catalogue entries
    /// are in <see cref="CarTProducts"/>; teams can describe their own investigational constructs. JSON: the properties by
    /// name; an approved product's label regimen is looked up by name, never read from JSON.
    /// </summary>
    public sealed record CarTProduct
    {
        [JsonConstructor]
        private CarTProduct(string name, TargetAntigen targets, CostimulatoryDomain costimulatoryDomain, IReadOnlyList<CellSource> sources, ProductStatus status)
        {
            DomainJson.Validate(() =>
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    throw new DomainValidationException(nameof(CarTProduct), "Name must not be blank", name is null ? "null" : "\"" + name + "\"", nameof(Name));
                }

                if (targets == TargetAntigen.None)
                {
                    throw new DomainValidationException(nameof(CarTProduct), "Targets must name at least one antigen", targets.ToString(), nameof(Targets));
                }

                DomainEnum.Require(costimulatoryDomain, nameof(CostimulatoryDomain));
                DomainEnum.Require(status, nameof(Status));
                if (status == ProductStatus.Approved && ApprovedCarTRegimens.For(name.Trim()) is null)
                {
                    throw new DomainValidationException(nameof(CarTProduct), "an Approved product must be one whose label regimen the SDK holds (tisagenlecleucel, brexucabtagene autoleucel)", name, nameof(Name));
                }
                if (DomainJson.RequireNotNull(sources, nameof(CarTProduct), nameof(Sources)).Count == 0)
                {
                    throw new DomainValidationException(nameof(CarTProduct), "Sources must name at least one cell source", "none", nameof(Sources));
                }

                foreach (CellSource source in sources)
                {
                    DomainEnum.Require(source, nameof(Sources));
                }
            });
            (Name, Targets, CostimulatoryDomain, Sources, Status) = (name.Trim(), targets, costimulatoryDomain, sources, status);
        }

        /// <summary>The product or construct name, e.g. "tisagenlecleucel" or "CD22 CAR-T".</summary>
        public string Name { get; }

        /// <summary>The target antigens (CD19, CD22, both, BAFF-R).</summary>
        public TargetAntigen Targets { get; }

        /// <summary>The costimulatory domain.</summary>
        public CostimulatoryDomain CostimulatoryDomain { get; }

        /// <summary>The cell sources the product can be made from.</summary>
        public IReadOnlyList<CellSource> Sources { get; }

        /// <summary>Approved or investigational.</summary>
        public ProductStatus Status { get; }

        /// <summary>The label dose rule of an approved product (<see cref="ApprovedCarTRegimens"/>); null for an investigational construct.</summary>
        [JsonIgnore]
        public LabelRegimen? LabelRegimen => Status == ProductStatus.Approved ? ApprovedCarTRegimens.For(Name) : null;

        /// <summary>An investigational construct (no label dose).</summary>
        /// <param name="name">The construct's name.</param>
        /// <param name="targets">Its target antigens.</param>
        /// <param name="costimulatoryDomain">Its costimulatory domain.</param>
        /// <param name="sources">The cell sources it is made from.</param>
        /// <returns>The product.</returns>
        /// <exception cref="DomainValidationException">A blank name, no target or no source.</exception>
        public static CarTProduct Investigational(string name, TargetAntigen targets, CostimulatoryDomain costimulatoryDomain, params CellSource[] sources) =>
            Create(name, targets, costimulatoryDomain, sources, ProductStatus.Investigational);

        internal static CarTProduct Approved(string name, TargetAntigen targets, CostimulatoryDomain costimulatoryDomain, params CellSource[] sources) =>
            Create(name, targets, costimulatoryDomain, sources, ProductStatus.Approved);

        /// <summary>"tisagenlecleucel (Cd19, FourOneBb)".</summary>
        /// <returns>The product in words.</returns>
        public override string ToString() => $"{Name} ({Targets}, {CostimulatoryDomain})";

        private static CarTProduct Create(string name, TargetAntigen targets, CostimulatoryDomain costimulatoryDomain, CellSource[] sources, ProductStatus status)
        {
            try
            {
                return new CarTProduct(name, targets, costimulatoryDomain, sources?.ToList() ?? [], status);
            }
            catch (System.Text.Json.JsonException exception) when (exception.InnerException is DomainValidationException rule)
            {
                throw rule;
            }
        }
    }
}
