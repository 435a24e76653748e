using AllTx.Domain.Patients;

namespace AllTx.Domain.Tests.Support;

internal static class Bodies
{
    public static BodyMeasurements Of(decimal kilograms, decimal centimetres) =>
        BodyMeasurements.WeightAndHeight(BodyWeight.FromKilograms(kilograms), BodyHeight.FromCentimetres(centimetres));
}
