using System.Text.Json.Serialization;
using AllTx;
using OneOf;

namespace AllTx.Benchmarks.Unions;

/// <summary>The union under test: the MRD outcome of issue 4 as a OneOf with named cases, plain numbers as payloads.</summary>
[Union]
public sealed partial class MrdOutcome : OneOfBase<MrdOutcome.Positive, MrdOutcome.PositiveNotQuantifiable, MrdOutcome.Negative>
{
    public sealed record Positive(int Level);
    public sealed record PositiveNotQuantifiable;
    public sealed record Negative(int Sensitivity);
}

/// <summary>The hand-written equivalent the Match benchmarks compare with: a class hierarchy with a type tag to switch on.</summary>
public abstract class TaggedOutcome(OutcomeTag tag)
{
    public OutcomeTag Tag { get; } = tag;
}

public enum OutcomeTag : byte
{
    Positive,
    PositiveNotQuantifiable,
    Negative,
}

public sealed class TaggedPositive(int level) : TaggedOutcome(OutcomeTag.Positive)
{
    public int Level { get; } = level;
}

public sealed class TaggedPositiveNotQuantifiable() : TaggedOutcome(OutcomeTag.PositiveNotQuantifiable);

public sealed class TaggedNegative(int sensitivity) : TaggedOutcome(OutcomeTag.Negative)
{
    public int Sensitivity { get; } = sensitivity;
}

/// <summary>The same shapes with System.Text.Json's own polymorphism, for the JSON benchmarks.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Positive), "positive")]
[JsonDerivedType(typeof(PositiveNotQuantifiable), "positiveNotQuantifiable")]
[JsonDerivedType(typeof(Negative), "negative")]
public abstract record StjMrdOutcome
{
    public sealed record Positive(int Level) : StjMrdOutcome;
    public sealed record PositiveNotQuantifiable : StjMrdOutcome;
    public sealed record Negative(int Sensitivity) : StjMrdOutcome;
}

/// <summary>A deterministic mix of the three cases, the same for every benchmark.</summary>
internal static class OutcomeMix
{
    public const int Count = 1024;

    public static int CaseOf(int i) => (i * 7 + i / 3) % 3;
}
