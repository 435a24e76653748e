namespace AllTx.Domain.Maintenance
{
    /// <summary>A maintenance consideration that is present, with the fact that makes it present.</summary>
    /// <param name="Consideration">The consideration.</param>
    /// <param name="Detail">The fact, e.g. "MRD at transplant: MrdPositive …".</param>
    public sealed record ConsiderationFinding(MaintenanceConsideration Consideration, string Detail);
}
