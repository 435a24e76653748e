using AllTx.Analyzers.Safety;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.Safety;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Tests.Dosing;

/// <summary>ATX1005 alone (ATX1001, ATX1002 and ATX2001 disabled): a number named as a radiation dose.</summary>
public sealed class RadiationDoseNameRuleTests
{
    private const string Rule = "ATX1005";

    private static Task Verify(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        SafetyVerifier.VerifyRuleAsync<NumericDeclarationAnalyzer>(Rule, SafetyVerifier.Usings + source, editorConfig, expected);

    [Fact]
    public Task Flags_doses_named_with_a_radiation_word_in_members_parameters_and_locals() => Verify("""
        public class Conditioning
        {
            public [|decimal|] TbiDose { get; init; }
            public [|double|] DosePerFraction { get; init; }
            public [|double|] dose_gy { get; init; }
            public [|double?|] TotalDoseCgy { get; init; }
            public [|double|] RadiationDose { get; init; }

            public static double Total([|double|] dosePerFx, int fractions)
            {
                [|var|] tmiDose = dosePerFx * fractions;
                return tmiDose;
            }
        }
        """);

    [Fact]
    public Task Among_radiation_a_prescription_planned_or_bare_dose_is_a_radiation_dose() => Verify("""
        public class TbiProtocol
        {
            public [|double|] PrescriptionDose { get; init; }
            public [|double|] Dose { get; init; }
            public [|double|] totaldose { get; init; }
            public [|double|] totaldosage { get; init; }
            public [|double|] tbidose { get; init; }
        }

        public record Course(int NumberOfFractions, [|double|] PlannedDose, [|double|] TotalDose);

        public static class Beams
        {
            public static bool Delivered(int beamCount, [|double|] deliveredDose) => deliveredDose > 0;
        }
        """);

    [Fact]
    public Task The_message_says_why_and_what_to_use_as_a_suggestion() => Verify(
        "public record Tbi({|#0:decimal|} TbiDose);",
        null,
        new DiagnosticResult(Rule, DiagnosticSeverity.Info).WithLocation(0).WithArguments("TbiDose", "decimal"));

    [Fact]
    public Task Drug_doses_ratios_counts_and_dose_volume_values_are_not_radiation_doses() => Verify("""
        public class PlanMetrics
        {
            public int NumberOfFractions { get; init; }
            public double PercentOfPrescribedDose { get; init; }
            public double VolumeAtDose { get; init; }
            public double V20Gy { get; init; }
            public double DvhDoseAtVolume { get; init; }
            public double Eqd2 { get; init; }
            public double Eqd2Dose { get; init; }
            public int DoseFractions { get; init; }
            public double TotalGy { get; init; }
            public double FractionOfDose { get; init; }
            public double CyclophosphamideDose { get; init; }
            public double DoseMg { get; init; }
            public double FludarabineDosePerM2 { get; init; }
        }

        public class PharmacyOrder
        {
            public double PrescriptionDose { get; init; }
            public double BlastFraction { get; init; }
        }
        """);

    [Fact]
    public Task Fix_replaces_the_number_by_RadiationDose() => SafetyVerifier.VerifyFixAsync<NumericDeclarationAnalyzer, ReplaceNumberTypeCodeFix>(
        """
        namespace Ward;

        public class Conditioning
        {
            public [|decimal|] TbiDose { get; init; }
            public [|decimal?|] BoostDoseGy { get; init; }
            public [|decimal|] DosePerFraction { get; init; } = 2m;
        }
        """,
        """
        using AllTx.Domain.Radiotherapy;

        namespace Ward;

        public class Conditioning
        {
            public RadiationDose TbiDose { get; init; }
            public RadiationDose? BoostDoseGy { get; init; }
            public [|decimal|] DosePerFraction { get; init; } = 2m;
        }
        """,
        rule: Rule);
}
