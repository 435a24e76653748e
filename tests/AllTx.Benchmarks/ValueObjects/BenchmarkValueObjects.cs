using AllTx;
using Vogen;

namespace AllTx.Benchmarks.ValueObjects;

// The value objects measured, declared as a team declares them with Vogen; HandWrittenValidation holds the same rules on
// the primitives, as a careful developer would write them without the SDK.

/// <summary>An int Vogen value object with a declarative range: the AllTx generator writes its Validate body.</summary>
[ValueObject<int>]
[ValueRange(0, 12)]
public readonly partial struct MatchScore
{
    private static partial Validation Validate(int value);
}

/// <summary>The same int Vogen value object with the range written by hand in its Validate.</summary>
[ValueObject<int>]
public readonly partial struct ValidatedMatchScore
{
    private static Validation Validate(int value) =>
        value is >= 0 and <= 12 ? Validation.Ok : Validation.Invalid("must be at least 0 and at most 12");
}

/// <summary>A decimal Vogen value object with a declarative range.</summary>
[ValueObject<decimal>]
[ValueRange(0, 100)]
public readonly partial struct BlastShare
{
    private static partial Validation Validate(decimal value);
}

/// <summary>A string Vogen value object with a declarative length.</summary>
[ValueObject<string>]
[ValueLength(1, 64)]
public readonly partial struct DonorCode
{
    private static partial Validation Validate(string value);
}
