using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Outcomes;

namespace AllTx.Domain.Chimerism
{
    /// <summary>
    /// A chimerism result: sample date, lineage and percentage of donor cells (CIBMTR form
    /// 2451). JSON: <c>Date</c>, <c>Lineage</c>, <c>DonorPercentage</c>, each required: a missing field or a JSON null is a
    /// <see cref="System.Text.Json.JsonException"/> whose message ends with the field's path.
    /// </summary>
    /// <param name="Date">The sample date.</param>
    /// <param name="Lineage">The lineage measured.</param>
    /// <param name="DonorPercentage">The percentage of donor cells, 0–100.</param>
    public sealed record ChimerismResult(
        [property: JsonRequired] DateOnly Date,
        [property: JsonRequired] ChimerismLineage Lineage,
        [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<Percentage>))] Percentage DonorPercentage)
    {
        /// <summary>"2025-06-01 Cd3PositiveTCells 92 % donor".</summary>
        /// <returns>The result in words.</returns>
        public override string ToString() => $"{Date:yyyy-MM-dd} {Lineage} {DonorPercentage} donor";
    }
}
