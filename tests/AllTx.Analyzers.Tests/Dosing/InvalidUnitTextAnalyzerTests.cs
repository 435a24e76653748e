using AllTx.Analyzers.Dosing;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.Dosing;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.Dosing;

public sealed class InvalidUnitTextAnalyzerTests
{
    private static DiagnosticResult Invalid(int location, string text, string parser, string reason) =>
        AnalyzerVerifier<InvalidUnitTextAnalyzer>.Diagnostic("ATX1003").WithLocation(location).WithArguments(text, parser, reason);

    [Fact]
    public Task Flags_non_UCUM_units_with_the_spelling_to_use() => SafetyVerifier.VerifyAsync<InvalidUnitTextAnalyzer>(
        SafetyVerifier.Usings + """
        public static class Units
        {
            public static DoseUnit Rate = DoseUnit.Parse({|#0:"mcg/d"|});
            public static Unit Creatinine = Unit.Parse({|#1:"mg/DL"|});
            public static Unit Cells = Unit.Parse({|#2:"cells/kg"|});
            public static Unit Unknown = Unit.Parse({|#3:"furlong"|});
        }
        """,
        null,
        Invalid(0, "mcg/d", "DoseUnit.Parse", "'mcg/d' is not valid UCUM ('mcg' is not a UCUM unit at position 1); did you mean 'ug/d'?"),
        Invalid(1, "mg/DL", "Unit.Parse", "'mg/DL' is not valid UCUM ('DL' is not a UCUM unit at position 4); did you mean 'mg/dL'?"),
        Invalid(2, "cells/kg", "Unit.Parse", "'cells/kg' is not valid UCUM ('cells' is not a UCUM unit at position 1); did you mean '{cells}/kg'?"),
        Invalid(3, "furlong", "Unit.Parse", "'furlong' is not valid UCUM ('furlong' is not a UCUM unit at position 1)"));

    [Fact]
    public Task Flags_doses_without_a_unit_or_with_a_unit_that_is_no_dose_unit() => SafetyVerifier.VerifyAsync<InvalidUnitTextAnalyzer>(
        SafetyVerifier.Usings + """
        public static class Doses
        {
            public static Dose Bare = Dose.Parse({|#0:"28"|});
            public static Dose Concentration = Dose.Parse({|#1:"1.6 mg/dL"|});
            public static DoseUnit NotDose = DoseUnit.Parse({|#2:"mg/dL"|});
            public static Dose Cells = Dose.Parse({|#3:"1 10*6/kg"|});
            public static Dose Zero = Dose.Parse({|#4:"0 mg"|});
            public static Quantity NoNumber = Quantity.Parse({|#5:"ug/d"|});
        }
        """,
        null,
        Invalid(0, "28", "Dose.Parse", "it has no unit, and a bare number is never a dose; write the amount, a space and a UCUM unit, e.g. \"28 ug/d\""),
        Invalid(1, "1.6 mg/dL", "Dose.Parse", "'mg/dL' is a UCUM unit but not a dose unit (a mass, a mass per day or a cell count, fixed or per kg or per m2)"),
        Invalid(2, "mg/dL", "DoseUnit.Parse", "'mg/dL' is a UCUM unit but not a dose unit (a mass, a mass per day or a cell count, fixed or per kg or per m2)"),
        Invalid(3, "1 10*6/kg", "Dose.Parse", "a cell dose names the cells it counts after its unit, one of CarPositiveViableTCells, Cd3PositiveCells, Cd34PositiveCells, TotalNucleatedCells"),
        Invalid(4, "0 mg", "Dose.Parse", "a dose amount must be greater than 0"),
        Invalid(5, "ug/d", "Quantity.Parse", "it does not start with a number; write the amount, a space and a UCUM unit, e.g. \"28 ug/d\""));

    [Fact]
    public Task Valid_constants_variables_and_other_Parse_methods_are_fine() => SafetyVerifier.VerifyAsync<InvalidUnitTextAnalyzer>(
        SafetyVerifier.Usings + """
        public static class Doses
        {
            private const string Rate = "ug/(m2.d)";
            public static Dose Blinatumomab = Dose.Parse("28 ug/d");
            public static Dose PerArea = Dose.Parse("15 ug/m2/d");
            public static Dose CarT = Dose.Parse("1 10*6/kg CarPositiveViableTCells");
            public static DoseUnit Unit = DoseUnit.Parse(Rate);
            public static Quantity Creatinine = Quantity.Parse("1.6 mg/dL");
            public static int Number = int.Parse("28");
            public static Dose FromInput(string text) => Dose.Parse(text);
        }
        """);

    [Fact]
    public Task Fix_writes_the_UCUM_spelling() => SafetyVerifier.VerifyFixAsync<InvalidUnitTextAnalyzer, UseUcumSpellingCodeFix>(
        """
        using AllTx.Domain.Dosing;

        public static class Doses
        {
            public static Dose Blinatumomab = Dose.Parse([|"28 mcg/day"|]);
            public static DoseUnit Rate = DoseUnit.Parse([|"mcg/m2/d"|]);
        }
        """,
        """
        using AllTx.Domain.Dosing;

        public static class Doses
        {
            public static Dose Blinatumomab = Dose.Parse("28 ug/d");
            public static DoseUnit Rate = DoseUnit.Parse("ug/m2/d");
        }
        """);
}
