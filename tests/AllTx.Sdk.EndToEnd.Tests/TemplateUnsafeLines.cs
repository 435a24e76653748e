using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>
/// The one unsafe line a team adds to each template app, which the SDK's analyzers must reject (issue 8, item 3).
/// ATX1001 (drug without dose units) and ATX2001 (MRD value without assay method) are issue 7's rules; until they ship,
/// a build with these lines succeeds, so no test asserts on them yet. Once they ship, add to <see cref="TemplateTests"/>:
/// <code>
/// [Fact]
/// public async Task Console_template_rejects_a_drug_with_a_decimal_dose()
/// {
///     TemplateInstance app = await templates.CreateAsync("alltx-console", "Ward7.Unsafe", sdk);
///     (await TemplateUnsafeLines.BuildWithAsync(app, TemplateUnsafeLines.DrugWithDecimalDose)).ShouldFailWith("ATX1001");
/// }
///
/// [Fact]
/// public async Task Web_api_template_rejects_an_mrd_value_held_as_a_double()
/// {
///     TemplateInstance api = await templates.CreateAsync("alltx-webapi", "Ward7.UnsafeApi", sdk);
///     (await TemplateUnsafeLines.BuildWithAsync(api, TemplateUnsafeLines.MrdAsDouble)).ShouldFailWith("ATX2001");
/// }
/// </code>
/// The names avoid ATX1002's dose-name patterns (<c>Amount</c>, not <c>Dose</c>), so each build fails with exactly one id
/// even though the templates treat warnings as errors.
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
