using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Patients;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllTxWebApi;

/// <summary>A dose order: the drug, the prescribed dose (amount and UCUM unit), the patient's measurements and the cycle day.</summary>
/// <param name="Drug">The drug catalogue identifier, e.g. "blinatumomab".</param>
/// <param name="Dose">The prescribed dose, e.g. { "amount": 15, "unit": "ug/(m2.d)" }.</param>
/// <param name="Measurements">Body weight in kg and, for a per-m² dose, height in cm.</param>
/// <param name="Day">The day of the treatment cycle, from 1.</param>
public sealed record DoseOrder(DrugId Drug, Dose Dose, BodyMeasurements Measurements, CycleDay Day);

/// <summary>A recorded dose: the absolute dose for the patient and, where the catalogue has a label regimen, the label check.</summary>
/// <param name="Patient">The patient.</param>
/// <param name="Drug">The drug's name.</param>
/// <param name="Absolute">The prescribed dose made absolute with the measurement used.</param>
/// <param name="LabelCheck">Within, above or below the label range, or why it cannot be compared; null without a label regimen.</param>
public sealed record DoseRecorded(PatientId Patient, string Drug, AbsoluteDose Absolute, DoseRangeCheck? LabelCheck);

internal static class DoseEndpoints
{
    private static readonly Dictionary<DrugId, LabelRegimen> s_labelRegimens = new[]
    {
        LabelRegimens.Blinatumomab, LabelRegimens.InotuzumabFirstCycle, LabelRegimens.Tisagenlecleucel,
    }.ToDictionary(regimen => regimen.Drug);

    public static void MapDoseEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/patients/{patientId}/doses", RecordDose)
            .WithName("RecordDose")
            .WithSummary("Records a dose order: checks the unit against the drug, computes the absolute dose, checks it against the label range.");

    private static Results<Ok<DoseRecorded>, ValidationProblem> RecordDose(PatientId patientId, DoseOrder order)
    {
        if (!DrugCatalogue.Standard.TryGet(order.Drug, out Drug? drug))
        {
            return Invalid("drug", $"'{order.Drug}' is not in the drug catalogue; register it as a formulary entry first.");
        }

        if (!drug.Accepts(order.Dose.Unit))
        {
            return Invalid("dose.unit", $"{drug.Name} cannot be dosed in {order.Dose.Unit} ({order.Dose.Unit.Kind}); its dose units are of kind {drug.DoseUnitKinds} (source: {drug.Source}).");
        }

        AbsoluteDose absolute;
        try
        {
            absolute = order.Dose.ToAbsoluteDose(order.Measurements);
        }
        catch (MissingBodyMeasurementException missing)
        {
            return Invalid("measurements.height", missing.Message);
        }

        DoseRangeCheck? labelCheck = s_labelRegimens.TryGetValue(drug.Id, out LabelRegimen? regimen)
            ? regimen.Check(order.Measurements, order.Day, absolute.Value)
            : null;
        return TypedResults.Ok(new DoseRecorded(patientId, drug.Name, absolute, labelCheck));
    }

    private static ValidationProblem Invalid(string field, string rule) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [rule] }, title: "The request breaks a rule of the AllTx domain.");
}
