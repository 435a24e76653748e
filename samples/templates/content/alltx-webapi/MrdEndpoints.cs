using AllTx.Domain.Mrd;
using AllTx.Domain.Patients;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllTxWebApi;

/// <summary>A recorded MRD result with its status against the threshold (default 1e-4).</summary>
/// <param name="Patient">The patient.</param>
/// <param name="Result">The result: method, specimen, sample date and outcome.</param>
/// <param name="Status">MRD-negative only when negative with a sensitivity reaching the threshold.</param>
public sealed record MrdRecorded(PatientId Patient, MrdResult Result, MrdStatus Status);

/// <summary>The MRD assessments planned after allo-HSCT or CAR-T and where each stands.</summary>
/// <param name="Patient">The patient.</param>
/// <param name="Windows">The assessment windows with their status.</param>
public sealed record MrdPlanStatus(PatientId Patient, IReadOnlyList<MrdAssessmentWindow> Windows);

internal static class MrdEndpoints
{
    public static void MapMrdEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/patients/{patientId}/mrd-results", RecordResult)
            .WithName("RecordMrdResult")
            .WithSummary("Records an MRD result (an MRD value is meaningless without its method) and returns its status against ?threshold= (a fraction, default 0.0001).");
        app.MapGet("/patients/{patientId}/mrd-plan", PlanStatus)
            .WithName("MrdPlanStatus")
            .WithSummary("Lists the MRD assessments due, upcoming and overdue after allo-HSCT or CAR-T (ALL Hub, 22 Dec 2025: every 2-3 months for the first year).");
    }

    // MrdLevel is an SDK value object: ASP.NET Core binds ?threshold=0.001 through its IParsable implementation, and a
    // value outside (0, 1] never reaches this method (InvalidInputHandler answers 400 with the rule).
    private static Ok<MrdRecorded> RecordResult(PatientId patientId, MrdResult result, MrdLevel? threshold) =>
        TypedResults.Ok(new MrdRecorded(patientId, result, result.StatusAgainst(threshold)));

    private static Ok<MrdPlanStatus> PlanStatus(PatientId patientId, MrdMonitoringAnchor anchor, DateOnly anchorDate, DateOnly asOf, bool inRemissionBefore = true)
    {
        MrdMonitoringPlan plan = inRemissionBefore
            ? MrdMonitoringPlan.ForPatientInHaematologicalRemission(anchor, anchorDate)
            : MrdMonitoringPlan.ForPatientNotInRemission(anchor, anchorDate);
        return TypedResults.Ok(new MrdPlanStatus(patientId, plan.Evaluate([], asOf)));
    }
}
