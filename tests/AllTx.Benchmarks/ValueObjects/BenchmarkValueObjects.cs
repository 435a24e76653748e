using AllTx;

namespace AllTx.Benchmarks.ValueObjects;

// The value objects measured, declared as a team declares them; HandWrittenValidation holds the same rules on the
// primitives, as a careful developer would write them without the SDK.

/// <summary>An int value object with a declarative range.</summary>
[ValueObject<int>]
[ValueRange(0, 12)]
public readonly partial struct MatchScore
{
}

/// <summary>An int value object validated by its own <c>Validate</c> method (the generator-time target's shape).</summary>
[ValueObject<int>]
public readonly partial struct ValidatedMatchScore
{
    private static Validation Validate(int value) =>
        value is >= 0 and <= 12 ? Validation.Ok : Validation.Invalid("must be between 0 and 12 matched alleles");
}

/// <summary>A decimal value object with a declarative range.</summary>
[ValueObject<decimal>]
[ValueRange(0, 100)]
public readonly partial struct BlastShare
{
}

/// <summary>A string value object with a declarative length.</summary>
[ValueObject<string>]
[ValueLength(1, 64)]
public readonly partial struct DonorCode
{
}
