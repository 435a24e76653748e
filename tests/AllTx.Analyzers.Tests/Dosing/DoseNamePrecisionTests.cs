using AllTx.Analyzers.Safety;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.Safety;

namespace AllTx.Analyzers.Tests.Dosing;

/// <summary>
/// ATX1002 reads a name's words: a dose word anywhere counts, also before a unit word; a ratio of a dose, a quantity at a
/// dose, a count, time or code, and a radiation dose (ATX1005's) are not reported.
/// </summary>
public sealed class DoseNamePrecisionTests
{
    private const string Rule = "ATX1002";

    private static Task Verify(string source, string? editorConfig = null) =>
        SafetyVerifier.VerifyRuleAsync<NumericDeclarationAnalyzer>(Rule, SafetyVerifier.Usings + source, editorConfig);

    [Fact]
    public Task A_dose_word_anywhere_in_the_name_counts_also_before_a_unit_word() => Verify("""
        public class PumpSettings
        {
            public [|double|] DoseMicrograms { get; init; }
            public [|decimal|] dose_mg { get; init; }
            public [|decimal|] DoseUnitsPerKg { get; init; }
            public [|double|] DosePerDay { get; init; }
            public [|double|] DoseOfCyclophosphamide { get; init; }
            public [|double|] Cycle2Dose { get; init; }
            public [|double|] DOSE_MG { get; init; }
            public [|double|] maxdose { get; init; }
            public [|double|] dosemg { get; init; }
            public [|double|] PrednisoneEquivalentDosage { get; init; }
        }
        """);

    [Fact]
    public Task Ratios_of_a_dose_and_other_quantities_about_a_dose_are_not_doses() => Verify("""
        public class DoseReport
        {
            public double PercentOfPrescribedDose { get; init; }
            public double dosePct { get; init; }
            public double RelativeDose { get; init; }
            public double RelativeDoseIntensity { get; init; }
            public double DoseRatio { get; init; }
            public double FractionOfDose { get; init; }
            public double DoseReductionPercent { get; init; }
            public double DoseFactor { get; init; }
            public double VolumeAtDose { get; init; }
            public double OverdoseRisk { get; init; }
            public double DoseVolumeMl { get; init; }
            public double DoseConcentration { get; init; }
            public double DoseWeightKg { get; init; }
        }
        """);

    [Fact]
    public Task Counts_times_and_codes_of_doses_are_not_doses_but_a_dose_on_a_schedule_day_is() => Verify("""
        public class Schedule
        {
            public int DoseUnit { get; init; }
            public double HoursSinceLastDose { get; init; }
            public long DoseDate { get; init; }
            public int DoseFractions { get; init; }
            public int DoseDay { get; init; }
            public [|double|] DoseDay8 { get; init; }
        }
        """);

    [Fact]
    public Task Radiation_doses_and_dose_volume_values_are_not_drug_doses() => Verify("""
        public class Conditioning
        {
            public double TbiDose { get; init; }
            public double DosePerFraction { get; init; }
            public double DoseGy { get; init; }
            public double Eqd2Dose { get; init; }
            public double DvhDoseAtVolume { get; init; }
            public double DoseAt95Percent { get; init; }
            public double IsodoseLevel { get; init; }
            public [|double|] CyclophosphamideDose { get; init; }
        }
        """);

    [Fact]
    public Task A_prescription_or_total_dose_is_a_drug_dose_unless_the_type_or_signature_says_radiation() => Verify("""
        public class PharmacyOrder
        {
            public [|double|] PrescriptionDose { get; init; }
            public [|double|] TotalDose { get; init; }
        }

        public class IrradiationPlan
        {
            public double PrescriptionDose { get; init; }
            public double TotalDose { get; init; }
            public double totaldose { get; init; }
            public double totaldosage { get; init; }
            public [|double|] maxdose { get; init; }
            public [|double|] EtoposideDose { get; init; }
        }

        public static class Checks
        {
            public static bool Within([|double|] plannedDose, double limit) => plannedDose <= limit;
            public static bool Hypofractionated(double plannedDose, int numberOfFractions) => plannedDose / numberOfFractions > 2;
        }
        """);

    [Fact]
    public Task Dose_words_and_globs_come_from_editorconfig() => Verify("""
        public class Formulary
        {
            public double Dose { get; init; }
            public [|double|] MaxStrength { get; init; }
            public [|double|] strength_mg { get; init; }
            public double StrengthPercent { get; init; }
            public [|double|] StockPotency { get; init; }
        }
        """,
        "alltx.dose_name_patterns = strength, *potency");

    [Fact]
    public Task Fix_replaces_a_unit_named_number_by_Dose() => SafetyVerifier.VerifyFixAsync<NumericDeclarationAnalyzer, ReplaceNumberTypeCodeFix>(
        """
        public record PumpSettings([|double|] DoseMicrograms, [|decimal?|] dose_mg_per_kg);
        """,
        """
        using AllTx.Domain.Dosing;

        public record PumpSettings(Dose DoseMicrograms, Dose? dose_mg_per_kg);
        """,
        rule: Rule);
}
