using AllTx.Analyzers.Mrd;
using AllTx.Analyzers.Tests.Safety;

namespace AllTx.Analyzers.Tests.Mrd;

/// <summary>ATX2001 on <c>MrdResult.Create</c>; MRD-named numbers: <see cref="MrdNameRuleTests"/>.</summary>
public sealed class MrdValueWithoutMethodAnalyzerTests
{
    private static Task Verify(string source) => SafetyVerifier.VerifyAsync<MrdValueWithoutMethodAnalyzer>(SafetyVerifier.Usings + source);

    [Fact]
    public Task Flags_an_MrdResult_created_with_no_method() => Verify("""
        public static class Results
        {
            public static MrdResult Make(MrdOutcome outcome) =>
                MrdResult.Create([|default|], MrdSpecimen.BoneMarrow, new DateOnly(2025, 1, 6), outcome);

            public static MrdResult Cast(MrdOutcome outcome) =>
                MrdResult.Create([|(MrdMethod)0|], MrdSpecimen.BoneMarrow, new DateOnly(2025, 1, 6), outcome);

            public static MrdResult Fine(MrdOutcome outcome, MrdMethod method) =>
                MrdResult.Create(method, MrdSpecimen.BoneMarrow, new DateOnly(2025, 1, 6), outcome);

            public static MrdResult Flow(MrdOutcome outcome) =>
                MrdResult.Create(MrdMethod.MultiparameterFlowCytometry, MrdSpecimen.BoneMarrow, new DateOnly(2025, 1, 6), outcome);
        }
        """);
}
