namespace AllTx.Benchmarks.ValueObjects;

/// <summary>The baseline: the value objects' rules written by hand on the primitives, throwing through a helper.</summary>
internal static class HandWrittenValidation
{
    public static int MatchScore(int value) => value is >= 0 and <= 12 ? value : ThrowOutOfRange(value);

    /// <summary>The same rule through a method returning <see cref="Vogen.Validation"/>, as a <c>Validate</c> hook is written.</summary>
    public static int ValidatedMatchScore(int value) => Validate(value) == Vogen.Validation.Ok ? value : ThrowOutOfRange(value);

    public static decimal BlastShare(decimal value) => value >= 0m && value <= 100m ? value : ThrowOutOfRange(value);

    public static string DonorCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length is >= 1 and <= 64 ? value : ThrowOutOfRange(value);
    }

    private static Vogen.Validation Validate(int value) =>
        value is >= 0 and <= 12 ? Vogen.Validation.Ok : Vogen.Validation.Invalid("must be between 0 and 12 matched alleles");

    private static T ThrowOutOfRange<T>(T value) =>
        throw new ArgumentOutOfRangeException(nameof(value), value, "is outside the allowed range");
}
