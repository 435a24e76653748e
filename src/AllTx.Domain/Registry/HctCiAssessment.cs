using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// A patient's HCT-CI before transplant (<see cref="SourceReference.HctComorbidityIndex"/>; CIBMTR pre-transplant
    /// essential data): the comorbidities present, from which <see cref="Score"/> (the sum of their weights in
    /// <see cref="HctCiCatalogue"/>, 0 to 26) and <see cref="RiskGroup"/> (0 low, 1–2 intermediate, ≥ 3 high) are computed,
    /// never entered. Each comorbidity counts once; hepatic and pulmonary disease are graded, so a patient has the mild or
    /// the moderate/severe hepatic grade and the moderate or the severe pulmonary grade, not both. JSON:
    /// <c>{"Comorbidities":["Diabetes","PriorSolidTumour"]}</c>; the score and group are not written.
    /// </summary>
    public sealed record HctCiAssessment : IJsonOnDeserialized
    {
        private static readonly (HctComorbidity Lower, HctComorbidity Higher)[] s_grades =
        [
            (HctComorbidity.HepaticMild, HctComorbidity.HepaticModerateOrSevere),
            (HctComorbidity.PulmonaryModerate, HctComorbidity.PulmonarySevere),
        ];

        [JsonConstructor]
        private HctCiAssessment()
        {
        }

        /// <summary>The comorbidities present (in the catalogue's order when built with <see cref="Of"/>); empty when none. Equality ignores the order.</summary>
        [JsonInclude]
        [JsonRequired]
        public IReadOnlyList<HctComorbidity> Comorbidities { get; private init; } = [];

        /// <summary>The HCT-CI score: the sum of the weights of <see cref="Comorbidities"/>.</summary>
        [JsonIgnore]
        public int Score => Comorbidities.Sum(comorbidity => HctCiCatalogue.Of(comorbidity).Weight);

        /// <summary>The risk group of <see cref="Score"/>: 0 low, 1–2 intermediate, 3 or more high.</summary>
        [JsonIgnore]
        public HctCiRiskGroup RiskGroup => Score switch
        {
            0 => HctCiRiskGroup.Low,
            <= 2 => HctCiRiskGroup.Intermediate,
            _ => HctCiRiskGroup.High,
        };

        /// <summary>A patient without any of the 17 comorbidities (score 0).</summary>
        public static HctCiAssessment NoComorbidities { get; } = new();

        /// <summary>The assessment of a patient with <paramref name="comorbidities"/>.</summary>
        /// <param name="comorbidities">The comorbidities present; each at most once, at most one grade of hepatic and of pulmonary disease.</param>
        /// <returns>The assessment.</returns>
        /// <exception cref="DomainValidationException">An undeclared value, a comorbidity listed twice, or two grades of one organ's disease.</exception>
        public static HctCiAssessment Of(params IEnumerable<HctComorbidity> comorbidities)
        {
            ArgumentNullException.ThrowIfNull(comorbidities);
            HctCiAssessment assessment = new() { Comorbidities = comorbidities.ToList() };
            assessment.Check();
            return assessment with { Comorbidities = assessment.Comorbidities.OrderBy(comorbidity => comorbidity).ToList() };
        }

        /// <summary>True when <paramref name="comorbidity"/> is present.</summary>
        /// <param name="comorbidity">The comorbidity.</param>
        /// <returns>True when present.</returns>
        public bool Has(HctComorbidity comorbidity) => Comorbidities.Contains(comorbidity);

        /// <inheritdoc />
        public bool Equals(HctCiAssessment? other) => other is not null && Comorbidities.Order().SequenceEqual(other.Comorbidities.Order());

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(Comorbidities.Count, Score);

        /// <summary>"HCT-CI 4 (High): Diabetes 1, PriorSolidTumour 3" (in the catalogue's order), or "HCT-CI 0 (Low): no comorbidity".</summary>
        /// <returns>The score, the risk group and what contributed.</returns>
        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"HCT-CI {Score} ({RiskGroup}): {(Comorbidities.Count == 0 ? "no comorbidity" : string.Join(", ", Comorbidities.Order().Select(comorbidity => $"{comorbidity} {HctCiCatalogue.Of(comorbidity).Weight}")))}");

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            DomainJson.RequirePresent(Comorbidities, nameof(HctCiAssessment), nameof(Comorbidities));
            Check();
        });

        private void Check()
        {
            const string Concept = nameof(HctCiAssessment);
            foreach (HctComorbidity comorbidity in Comorbidities)
            {
                DomainEnum.Require(comorbidity, nameof(Comorbidities));
            }

            if (Comorbidities.GroupBy(comorbidity => comorbidity).FirstOrDefault(group => group.Count() > 1) is { } twice)
            {
                throw new DomainValidationException(Concept, "lists each comorbidity at most once (each counts once)", $"{twice.Key} listed {twice.Count()} times", nameof(Comorbidities));
            }

            foreach ((HctComorbidity lower, HctComorbidity higher) in s_grades)
            {
                if (Comorbidities.Contains(lower) && Comorbidities.Contains(higher))
                {
                    throw new DomainValidationException(Concept, $"takes one grade of an organ's disease: {lower} or {higher}, not both (record the higher grade that applies)", $"{lower} and {higher}", nameof(Comorbidities));
                }
            }
        }
    }
}
