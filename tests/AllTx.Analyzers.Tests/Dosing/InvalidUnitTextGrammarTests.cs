using AllTx.Analyzers.Dosing;
using AllTx.Analyzers.Tests.Safety;
using AllTx.Roslyn.Testing;

namespace AllTx.Analyzers.Tests.Dosing;

/// <summary>ATX1003 reads unit text with the same UCUM grammar as the runtime (both compile src/AllTx.Shared).</summary>
public sealed class InvalidUnitTextGrammarTests
{
    [Fact]
    public Task Units_that_feeds_send_are_not_flagged() => SafetyVerifier.VerifyAsync<InvalidUnitTextAnalyzer>(
        SafetyVerifier.Usings + """
        public static class FeedUnits
        {
            public static Unit[] All =
            {
                Unit.Parse("/uL"), Unit.Parse("{cells}/uL"), Unit.Parse("10*6/L"), Unit.Parse("/mm3"), Unit.Parse("mL/min/{1.73_m2}"),
                Unit.Parse("U/L"), Unit.Parse("[IU]/L"), Unit.Parse("[iU]/m2"), Unit.Parse("{copies}/mL"), Unit.Parse("10*5/kg"),
                Unit.Parse("10*8/kg"), Unit.Parse("mL/d"), Unit.Parse("mL/(kg.d)"), Unit.Parse("Gy"), Unit.Parse("kg/m2"),
                Unit.Parse("a"), Unit.Parse("mo"), Unit.Parse("d"), Unit.Parse("mmol/L"), Unit.Parse("mg/dl"),
            };

            public static Dose Cells = Dose.Parse("2 10*5/kg CarPositiveViableTCells");
            public static Dose Infusion = Dose.Parse("0.5 mg/h");
            public static Quantity Gfr = Quantity.Parse("90 mL/min/{1.73_m2}");
        }
        """);

    [Fact]
    public Task Non_ratio_units_spaces_and_non_dose_feed_units_are_flagged() => SafetyVerifier.VerifyAsync<InvalidUnitTextAnalyzer>(
        SafetyVerifier.Usings + """
        public static class Bad
        {
            public static Unit Celsius = Unit.Parse({|#0:"Cel"|});
            public static Unit Spaced = Unit.Parse({|#1:"mg /dL"|});
            public static DoseUnit Fluid = DoseUnit.Parse({|#2:"mL/(kg.d)"|});
        }
        """,
        null,
        AnalyzerVerifier<InvalidUnitTextAnalyzer>.Diagnostic("ATX1003").WithLocation(0).WithArguments("Cel", "Unit.Parse", "'Cel' is not valid UCUM ('Cel' is a special non-ratio UCUM unit (an offset or logarithmic scale) that the SDK does not convert, found at position 1)"),
        AnalyzerVerifier<InvalidUnitTextAnalyzer>.Diagnostic("ATX1003").WithLocation(1).WithArguments("mg /dL", "Unit.Parse", "'mg /dL' is not valid UCUM (UCUM codes have no spaces; found one at position 3); did you mean 'mg/dL'?"),
        AnalyzerVerifier<InvalidUnitTextAnalyzer>.Diagnostic("ATX1003").WithLocation(2).WithArguments("mL/(kg.d)", "DoseUnit.Parse", "'mL/(kg.d)' is a UCUM unit but not a dose unit (a mass, a mass per day or a cell count, fixed or per kg or per m2)"));
}
