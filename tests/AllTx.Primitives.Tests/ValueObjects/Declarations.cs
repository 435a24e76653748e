using System.Text.Json.Serialization;
using AllTx;

namespace AllTx.Primitives.Tests.ValueObjects;

// Value objects declared the way a customer declares them; the generator runs on this project as an analyzer.

[ValueObject<decimal>]
[ValueRange(0, 100)]
[Instance("Zero", 0)]
[Instance("Half", "50.5")]
public readonly partial struct BlastPercentage
{
}

[ValueObject<string>]
[ValuePattern(@"^NCT\d{8}$")]
public readonly partial struct NctId
{
    private static string NormalizeInput(string input) => input.Trim().ToUpperInvariant();
}

[ValueObject<int>]
[Instance("Perfect", 12)]
public readonly partial struct HlaMatchScore
{
    private static Validation Validate(int value) =>
        value is >= 0 and <= 12 ? Validation.Ok : Validation.Invalid("must be between 0 and 12 matched alleles").WithData("alleles", 12);
}

[ValueObject<long>]
[ValueRange(1, 10_000_000_000, MinimumIsExclusive = false)]
public partial struct CellCount
{
}

[ValueObject<short>]
[ValueRange(0, 200)]
public partial record struct AgeInYears;

[ValueObject<byte>]
[ValueRange(1, 4, MaximumIsExclusive = true)]
public partial struct Grade
{
}

[ValueObject<double>]
[ValueRange(0.0, 1.0, MinimumIsExclusive = true)]
public readonly partial struct MrdFraction
{
}

[ValueObject<float>]
[ValueRange(0.5, 2.5)]
public readonly partial struct BodySurfaceArea
{
}

[ValueObject<bool>]
public readonly partial struct ConsentGiven
{
}

[ValueObject<char>]
public readonly partial struct BloodGroupLetter
{
    private static Validation Validate(char value) => value is 'A' or 'B' or 'O' ? Validation.Ok : Validation.Invalid("must be A, B or O");
}

[ValueObject<Guid>]
[NotEmpty]
public readonly partial struct PatientId
{
}

[ValueObject<DateOnly>]
[Sensitive]
public readonly partial struct BirthDate
{
    private static Validation Validate(DateOnly value) =>
        value.Year >= 1900 ? Validation.Ok : Validation.Invalid("must be in 1900 or later");
}

[ValueObject<TimeOnly>]
public readonly partial struct InfusionStartTime
{
}

[ValueObject<DateTime>]
public readonly partial struct SampleTakenAt
{
}

[ValueObject<DateTimeOffset>]
public readonly partial struct TransplantAt
{
}

[ValueObject<string>]
[NotEmpty]
[ValueLength(1, 20)]
[Sensitive]
public sealed partial class PatientName
{
}

[ValueObject<string>]
[ValueLength(2, 10)]
public partial record class WardCode;

// A pattern that backtracks catastrophically on "aaaa…!": its check runs into ValueObjectRules.PatternTimeout.
[ValueObject<string>]
[ValuePattern(@"^(a+)+$")]
public readonly partial struct BacktrackingCode
{
}

[ValueObject<int>(toPrimitiveCasting: CastOperator.Implicit, fromPrimitiveCasting: CastOperator.None)]
public readonly partial struct CycleNumber
{
}

[ValueObject<Version>]
public sealed partial class ProtocolVersion
{
}

[ValueObject<TimeSpan>]
public readonly partial struct InfusionDuration
{
}

public static partial class Nesting
{
    [ValueObject<int>]
    public readonly partial struct NestedDay
    {
    }
}

public sealed class Assessment
{
    public required BlastPercentage Blasts { get; set; }

    public required NctId Trial { get; set; }

    public BirthDate? BirthDate { get; set; }

    public PatientName? Name { get; set; }

    public Dictionary<PatientId, HlaMatchScore> Matches { get; set; } = new();
}

[JsonSerializable(typeof(Assessment))]
[JsonSourceGenerationOptions(Converters = new[] { typeof(ValueObjectJsonConverterFactory) })]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext
{
}

/// <summary>A Validate method that returns <c>default</c> by mistake: every value must be rejected, none let through.</summary>
[ValueObject<int>]
public readonly partial struct CarelessScore
{
    private static Validation Validate(int value) => default;
}

/// <summary>A Validate method that rejects a value once and accepts it when asked again (it depends on more than the value).</summary>
[ValueObject<int>]
public readonly partial struct ChangeableScore
{
    /// <summary>How many times Validate has run; the first call rejects.</summary>
    public static int Calls;

    private static Validation Validate(int value) =>
        Interlocked.Increment(ref Calls) == 1 ? Validation.Invalid("was rejected the first time") : Validation.Ok;
}
