using AllTx;

namespace AllTx.Primitives.Tests.Unions;

/// <summary>
/// A relapse after CD19-directed therapy (blinatumomab, CAR-T) is exactly one of: CD19-positive, CD19-negative (antigen
/// escape), or a lineage switch to a myeloid phenotype (Lamble and Gardner, Blood 2020;136(1):7-15).
/// </summary>
[Union]
public abstract partial record RelapseAfterCd19Therapy
{
    /// <summary>The leukaemia still expresses CD19.</summary>
    public sealed partial record Cd19Positive(decimal BlastPercentage) : RelapseAfterCd19Therapy;

    /// <summary>CD19 antigen escape.</summary>
    public sealed partial record Cd19Negative(decimal BlastPercentage) : RelapseAfterCd19Therapy;

    /// <summary>The leukaemia switched lineage, e.g. to acute myeloid leukaemia.</summary>
    public sealed partial record LineageSwitch(string NewLineage) : RelapseAfterCd19Therapy;
}
