using AllTx.Analyzers.Mrd;
using AllTx.Analyzers.Tests.Safety;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.Mrd;

public sealed class InsufficientSensitivityNegativeAnalyzerTests
{
    [Fact]
    public Task Flags_MRD_negative_claims_at_a_sensitivity_worse_than_1e_4() => SafetyVerifier.VerifyAsync<InsufficientSensitivityNegativeAnalyzer>(
        SafetyVerifier.Usings + """
        public static class Claims
        {
            public static MrdOutcome Flow = new MrdOutcome.Negative({|#0:AssaySensitivity.From(0.001m)|});
            public static MrdOutcome Percent = new MrdOutcome.Negative({|#1:AssaySensitivity.ParseFractionOrPercent("0.1 %")|});
            public static MrdStatus Status = new MrdStatus.MrdNegative({|#2:AssaySensitivity.ParseFractionOrPercent("1e-3")|}, MrdLevel.DefaultThreshold);
        }
        """,
        null,
        AnalyzerVerifier<InsufficientSensitivityNegativeAnalyzer>.Diagnostic("ATX2003").WithLocation(0).WithArguments("MrdOutcome.Negative", "0.001", "1e-4 (0.01 %)"),
        AnalyzerVerifier<InsufficientSensitivityNegativeAnalyzer>.Diagnostic("ATX2003").WithLocation(1).WithArguments("MrdOutcome.Negative", "0.001", "1e-4 (0.01 %)"),
        AnalyzerVerifier<InsufficientSensitivityNegativeAnalyzer>.Diagnostic("ATX2003").WithLocation(2).WithArguments("MrdStatus.MrdNegative", "0.001", "1e-4 (0.01 %)"));

    [Fact]
    public Task Sensitive_enough_or_unknown_sensitivities_are_fine() => SafetyVerifier.VerifyAsync<InsufficientSensitivityNegativeAnalyzer>(
        SafetyVerifier.Usings + """
        public static class Claims
        {
            public static MrdOutcome Threshold = new MrdOutcome.Negative(AssaySensitivity.From(0.0001m));
            public static MrdOutcome Ngs = new MrdOutcome.Negative(AssaySensitivity.ParseFractionOrPercent("1e-6"));
            public static MrdOutcome FromLab(AssaySensitivity reported) => new MrdOutcome.Negative(reported);
            public static MrdOutcome Positive = new MrdOutcome.Positive(MrdLevel.From(0.01m));
        }
        """);
}
