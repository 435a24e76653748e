using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>
    /// Looks a deserialized dose's drug up in the SDK's catalogue: the amount and unit are already valid; whether the drug
    /// is known and takes that kind of unit is the catalogue's rule.
    /// </summary>
    internal static class CatalogueDrugs
    {
        /// <summary>The catalogue entry of <paramref name="id"/> when it accepts <paramref name="dose"/>; otherwise null and a rejection at <paramref name="field"/>.</summary>
        public static Drug? Resolve(RecordReader reader, string field, DrugId id, Dose dose)
        {
            if (!DrugCatalogue.Standard.TryGet(id, out Drug? drug))
            {
                reader.Reject($"{field}.drug", $"\"{id}\"", "is not in the drug catalogue (register it with DrugCatalogue.WithFormularyEntry)");
                return null;
            }

            if (!drug.Accepts(dose.Unit))
            {
                reader.Reject($"{field}.dose.unit", $"\"{dose.Unit}\"", new DoseUnitNotAllowedException(drug, dose).Message);
                return null;
            }

            return drug;
        }
    }
}
