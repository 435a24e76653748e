using System.Text.Json.Serialization;
using AllTx.Serialization;
using OneOf;

namespace AllTx.Primitives.Tests.Unions.OneOfBased;

/// <summary>The leukaemia still expresses CD19 (Lamble and Gardner, Blood 2020;136(1):7-15).</summary>
/// <param name="BlastPercentage">Marrow blasts, %.</param>
public sealed record Cd19PositiveRelapse(decimal BlastPercentage);

/// <summary>CD19 antigen escape.</summary>
/// <param name="BlastPercentage">Marrow blasts, %.</param>
public sealed record Cd19NegativeRelapse(decimal BlastPercentage);

/// <summary>The leukaemia switched lineage, e.g. to acute myeloid leukaemia.</summary>
/// <param name="NewLineage">The lineage switched to.</param>
public sealed record LineageSwitch(string NewLineage);

/// <summary>
/// A relapse after CD19-directed therapy, as a OneOf with named cases, declared as a customer would; the converter is
/// named because a source-generated context of this project serialises it.
/// </summary>
[Union("cd19Positive", "cd19Negative", "lineageSwitch")]
[JsonConverter(typeof(UnionJsonConverterFactory))]
public sealed partial class Cd19Relapse : OneOfBase<Cd19PositiveRelapse, Cd19NegativeRelapse, LineageSwitch>;

/// <summary>A marrow blast count or why there is none: cases named after their types, one of them a value type.</summary>
[Union]
public sealed partial class BlastCount : OneOfBase<decimal, BlastCount.NotDone>
{
    /// <summary>No count.</summary>
    /// <param name="Reason">Why.</param>
    public sealed record NotDone(string Reason);
}
