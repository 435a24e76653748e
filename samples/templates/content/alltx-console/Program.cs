using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Mrd;
using AllTx.Domain.Patients;
using AllTx.Domain.Units;

// An MRD result always has its assay method, specimen and sample date; a negative result carries the sensitivity the
// assay reached. There is no constructor that takes a bare number.
MrdResult mrd = MrdResult.Create(
    MrdMethod.NextGenerationSequencingIgTr,
    MrdSpecimen.BoneMarrow,
    new DateOnly(2025, 3, 14),
    new MrdOutcome.Negative(AssaySensitivity.From(0.000001m)));

// The status against the default threshold (1e-4) is a union: the compiler makes you handle every outcome, including "negative, but not sensitive enough".
string status = mrd.StatusAgainst().Match(
    mrdNegative: negative => $"MRD-negative (sensitivity {negative.Sensitivity}, threshold {negative.Threshold})",
    negativeWithInsufficientSensitivity: negative => $"negative, but sensitivity {negative.Sensitivity} does not reach {negative.Threshold}",
    positiveNotQuantifiable: _ => "positive, not quantifiable",
    mrdPositive: positive => $"MRD-positive at {positive.Level}",
    positiveBelowThreshold: positive => $"positive below the threshold at {positive.Level}");
Console.WriteLine($"MRD {mrd.SampleDate:yyyy-MM-dd} by {mrd.Method} in {mrd.Specimen}: {status}");

// A dose is an amount with a UCUM unit that states its basis (here per m² body-surface area, per day). The drug checks
// that the unit makes sense for it; the absolute dose is computed from the patient's measurements, cap applied after.
BodyMeasurements measurements = BodyMeasurements.WeightAndHeight(BodyWeight.From(38m), BodyHeight.From(142m));
Dose prescribed = Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("ug/(m2.d)"));
StandardDrugs.Blinatumomab.EnsureAccepts(prescribed);
AbsoluteDose absolute = prescribed.ToAbsoluteDose(measurements, cap: Quantity.Of(28m, Unit.MicrogramPerDay));
Console.WriteLine($"{StandardDrugs.Blinatumomab.Name} {prescribed} for {measurements.Weight}: {absolute}");
