using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Analyzers.Tests.Safety;

/// <summary>
/// The name-based rules (ATX1002, ATX1005, ATX2001) with every safety analyzer on code written in the styles of public
/// radiotherapy scripting, infusion-pump settings and MRD lab exports (written here, not copied): each rule reports exactly
/// the names listed, nothing else is reported, and half-typed names do not crash the analyzers.
/// </summary>
public sealed class NamePrecisionCorpusTests
{
    private const string RadiotherapyScripting = """
        using System;
        using System.Collections.Generic;

        namespace Clinic.PlanChecks
        {
            public sealed class PlanReview
            {
                public int NumberOfFractions { get; set; }
                public double PrescriptionDose { get; set; }
                public double DosePerFraction { get; set; }
                public double TotalDoseGy { get; set; }
                public double PercentOfPrescribedDose { get; set; }
                public double RelativeDose { get; set; }
                public double VolumeAtDose { get; set; }
                public double V20Gy { get; set; }
                public double DvhDoseAtVolume { get; set; }
                public double DoseAt95Percent { get; set; }
                public double Eqd2 { get; set; }
                public double Eqd2Dose { get; set; }
                public double MaxDosePercent { get; set; }
                public double IsodoseLevel { get; set; }
                public int DoseFractions { get; set; }
                public double FractionOfDose { get; set; }
                public double dose_pct { get; set; }

                public static double Eqd2FromPhysical(double totalDose, double dosePerFraction, double alphaBeta) =>
                    totalDose * (dosePerFraction + alphaBeta) / (2.0 + alphaBeta);

                public static IEnumerable<string> Check(double prescribedDoseGy, int fractions)
                {
                    var dosePerFx = prescribedDoseGy / fractions;
                    double doseRatio = dosePerFx / 2.0;
                    if (doseRatio > 1.2)
                    {
                        yield return "hypofractionated";
                    }
                }
            }

            public record TbiCourse(string Patient, decimal TbiDose, decimal TbiDoseCgy, int Fractions);

            public sealed class BeamSummary
            {
                public double PlannedDose { get; set; }
                public double DeliveredDose { get; set; }
            }
        }
        """;

    private const string PumpAndPharmacy = """
        using System;
        using AllTx.Domain.Drugs;

        namespace Ward.Pharmacy
        {
            public sealed class PumpSettings
            {
                public double DoseMicrograms { get; set; }
                public decimal dose_mg { get; set; }
                public decimal DoseUnitsPerKg { get; set; }
                public double CyclophosphamideDoseMgPerKg { get; set; }
                public double Cycle2Dose { get; set; }
                public double DosePerDay { get; set; }
                public double DoseOfCyclophosphamide { get; set; }
                public double DOSE_MG { get; set; }
                public double maxdose { get; set; }
                public double PrescriptionDose { get; set; }
                public double TotalDose { get; set; }
                public int DoseCount { get; set; }
                public double HoursSinceLastDose { get; set; }
                public int DoseUnit { get; set; }
                public double DoseReductionPercent { get; set; }
                public double RelativeDoseIntensity { get; set; }
                public int NumberOfDoses { get; set; }
                public double DosingWeight { get; set; }
            }

            public record Infusion(Drug Drug, decimal Dose);
        }
        """;

    private const string MrdExport = """
        namespace Lab.Export
        {
            public sealed class MrdRow
            {
                public double MrdLog10 { get; set; }
                public double MrdDay29 { get; set; }
                public double MeasurableResidualDisease { get; set; }
                public double MRDLevel { get; set; }
                public double mrd_value { get; set; }
                public double MrdAssaySensitivity { get; set; }
                public double MrdThreshold { get; set; }
                public int MrdSampleCount { get; set; }
                public long MrdSampleDate { get; set; }
                public double PatientsAtMrdTimepoint { get; set; }
            }
        }
        """;

    // Names cut while being typed, around the words the rules read; none may throw.
    private const string HalfTypedNames = """
        public class HalfNames
        {
            public double Dose_ { get; set; }
            public double _ { get; set; }
            public double __dose__ { get; set; }
            public double @dose { get; set; }
            public double m_ { get; set; }
            public double dosePer { get; set; }
            public double doseAt { get; set; }
            public double atDose { get; set; }
            public double fractionOf { get; set; }
            public double eqd { get; set; }
            public double Dose1 { get; set; }
            public double DoseÄ { get; set; }
            public double mrd_ { get; set; }
            public double residual_ { get; set; }
            public double doseGy
            public double dosePerFraction =
            public void Give(double tbiDose, ) { double doseAt95 = ; double volumeAt }
            double prescriptionDose
        }

        public class TbiPlan
        {
            public double TotalDose
            int Fractions
        }
        """;

    [Fact]
    public async Task Radiotherapy_names_are_radiation_doses_or_nothing_never_drug_doses()
    {
        IReadOnlyList<Diagnostic> diagnostics = await SafetyPrecisionCorpusTests.AnalyzeAsync(withDomain: true, RadiotherapyScripting);

        Assert.Equal(
            [
                "ATX1005 DeliveredDose", "ATX1005 DosePerFraction", "ATX1005 PlannedDose", "ATX1005 PrescriptionDose",
                "ATX1005 TbiDose", "ATX1005 TbiDoseCgy", "ATX1005 TotalDoseGy", "ATX1005 dosePerFraction", "ATX1005 dosePerFx",
                "ATX1005 prescribedDoseGy", "ATX1005 totalDose",
            ],
            Reported(diagnostics));
    }

    [Fact]
    public async Task Drug_doses_are_reported_with_their_unit_words_and_ratios_counts_and_codes_are_not()
    {
        IReadOnlyList<Diagnostic> diagnostics = await SafetyPrecisionCorpusTests.AnalyzeAsync(withDomain: true, PumpAndPharmacy);

        Assert.Equal(
            [
                "ATX1001 Dose", "ATX1002 Cycle2Dose", "ATX1002 CyclophosphamideDoseMgPerKg", "ATX1002 DOSE_MG", "ATX1002 DoseMicrograms",
                "ATX1002 DoseOfCyclophosphamide", "ATX1002 DosePerDay", "ATX1002 DoseUnitsPerKg", "ATX1002 PrescriptionDose",
                "ATX1002 TotalDose", "ATX1002 dose_mg", "ATX1002 maxdose",
            ],
            Reported(diagnostics));
    }

    [Fact]
    public async Task MRD_values_are_reported_whatever_follows_the_MRD_word_and_assay_limits_counts_and_dates_are_not()
    {
        IReadOnlyList<Diagnostic> diagnostics = await SafetyPrecisionCorpusTests.AnalyzeAsync(withDomain: true, MrdExport);

        Assert.Equal(
            ["ATX2001 MRDLevel", "ATX2001 MeasurableResidualDisease", "ATX2001 MrdDay29", "ATX2001 MrdLog10", "ATX2001 mrd_value"],
            Reported(diagnostics));
    }

    [Fact]
    public async Task Half_typed_names_never_crash_the_name_rules_and_only_complete_declarations_are_reported()
    {
        IReadOnlyList<Diagnostic> diagnostics = await SafetyPrecisionCorpusTests.AnalyzeAsync(withDomain: true, HalfTypedNames);

        // The class says radiation (doseGy, tbiDose): names that are only a dose word are radiation doses there.
        Assert.Equal(
            [
                "ATX1002 Dose1", "ATX1002 DoseÄ", "ATX1002 doseAt", "ATX1005 @dose", "ATX1005 Dose_", "ATX1005 __dose__",
                "ATX1005 dosePer", "ATX1005 tbiDose", "ATX2001 mrd_",
            ],
            Reported(diagnostics));
    }

    [Fact]
    public async Task Every_cut_of_the_corpus_while_it_is_typed_analyses_without_an_analyzer_exception()
    {
        // Each source cut after every 13th character, each cut a compilation of its own: names stop mid-word (dosePerFr,
        // volumeAtD, mrd_va) and declarations lose their ends, as in the IDE on every keystroke.
        string[] cuts = [.. new[] { RadiotherapyScripting, PumpAndPharmacy, MrdExport, HalfTypedNames }
            .SelectMany(source => Enumerable.Range(1, source.Length / 13).Select(i => source[..(i * 13)]))];

        IReadOnlyList<Diagnostic>[] results = await Task.WhenAll(cuts.Select(cut => SafetyPrecisionCorpusTests.AnalyzeAsync(withDomain: true, cut)));
        List<Diagnostic> diagnostics = [.. results.SelectMany(result => result)];

        Assert.True(cuts.Length > 300, $"only {cuts.Length} cuts");
        Assert.Empty(diagnostics.Where(d => !d.Id.StartsWith("ATX", StringComparison.Ordinal)).Select(d => d.ToString()));
        Assert.Contains(diagnostics, d => d.Id == "ATX1005");
    }

    // "ATXnnnn name" for each diagnostic, sorted; analyzer failures (AD0001) stay as their id and message.
    private static List<string> Reported(IReadOnlyList<Diagnostic> diagnostics) => diagnostics
        .Select(d => d.Id.StartsWith("ATX", StringComparison.Ordinal) && DeclaredName(d) is { } name ? $"{d.Id} {name}" : $"{d.Id} {d.GetMessage()}")
        .Order(StringComparer.Ordinal)
        .ToList();

    private static string? DeclaredName(Diagnostic diagnostic)
    {
        SyntaxNode? node = diagnostic.Location.SourceTree?.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        for (; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case PropertyDeclarationSyntax property:
                    return property.Identifier.Text;
                case ParameterSyntax parameter:
                    return parameter.Identifier.Text;
                case VariableDeclarationSyntax { Variables: [var variable] }:
                    return variable.Identifier.Text;
            }
        }

        return null;
    }
}
