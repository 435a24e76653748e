namespace AllTx.Domain.Relapse
{
    /// <summary>A salvage option named by a source for a relapse phenotype: data with its source, not a recommendation.</summary>
    /// <param name="Name">The option, e.g. "CD22 CAR T cells".</param>
    /// <param name="Source">Where it is named.</param>
    public sealed record SalvageOption(string Name, SourceReference Source);
}
