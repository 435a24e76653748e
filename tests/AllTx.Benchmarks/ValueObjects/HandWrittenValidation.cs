namespace AllTx.Benchmarks.ValueObjects;

/// <summary>The baseline: the value objects' rules written by hand on the primitives, throwing through a helper.</summary>
internal static class HandWrittenValidation
{
    public static int MatchScore(int value) => value is >= 0 and <= 12 ? value : ThrowOutOfRange(value);

    public static decimal BlastShare(decimal value) => value >= 0m && value <= 100m ? value : ThrowOutOfRange(value);

    public static string DonorCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length is >= 1 and <= 64 ? value : ThrowOutOfRange(value);
    }

    private static T ThrowOutOfRange<T>(T value) =>
        throw new ArgumentOutOfRangeException(nameof(value), value, "is outside the allowed range");
}
