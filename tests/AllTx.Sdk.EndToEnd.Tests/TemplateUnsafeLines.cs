using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>
/// The one unsafe line a team adds to each template app, which the SDK's analyzers must reject (issue 8, item 3):
/// ATX1001 (drug without dose units) and ATX2001 (MRD value without assay method). The names avoid ATX1002's dose-name
/// patterns (<c>Amount</c>, not <c>Dose</c>), so each build fails with exactly one id even though the templates treat
/// warnings as errors.
/// </summary>
public static class TemplateUnsafeLines
{
    /// <summary>A drug paired with a bare decimal amount: which unit, which basis? (ATX1001).</summary>
    public const string DrugWithDecimalDose = """
        using AllTx.Domain.Drugs;

        public sealed record Infusion(Drug Drug, decimal Amount);
        """;

    /// <summary>An MRD level as a double with no assay method beside it (ATX2001).</summary>
    public const string MrdAsDouble = """
        using AllTx.Domain.Patients;

        public sealed record SurveillanceVisit(PatientId Patient, double MrdFraction);
        """;

    /// <summary>Adds <paramref name="code"/> as <c>Unsafe.cs</c> to the template app and builds it.</summary>
    public static Task<ConsumerBuildResult> BuildWithAsync(TemplateInstance app, string code) =>
        app.WithFile("Unsafe.cs", code).BuildAsync();
}
