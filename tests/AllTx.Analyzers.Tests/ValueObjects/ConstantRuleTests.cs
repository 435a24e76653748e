using AllTx.Analyzers.ValueObjects;
using AllTx.Generators.ValueObjects.Rules;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.ValueObjects;

public sealed class ConstantRuleTests
{
    private const string Declarations = """
        using AllTx;
        using Vogen;

        [ValueObject<decimal>]
        [ValueRange(0, 100)]
        public readonly partial struct BlastPercentage { }

        [ValueObject<string>]
        [ValuePattern(@"^NCT\d{8}$")]
        public readonly partial struct NctId
        {
            private static string NormalizeInput(string input) => input.Trim().ToUpperInvariant();
        }

        [ValueObject<string>]
        [ValueLength(1, 3)]
        public readonly partial struct Code
        {
            private static string NormalizeInput(string input) => input.Normalize();
        }

        [ValueObject<int>]
        [ValueRange(0, 12, MaximumIsExclusive = true)]
        public readonly partial struct Month { }
        """;

    [Fact]
    public Task From_with_a_constant_outside_the_range_is_flagged_with_the_rule() => Run(
        """
        public class Uses
        {
            public BlastPercentage Too() => BlastPercentage.From({|#0:150|});
        }
        """,
        AnalyzerVerifier<ValueObjectConstantRuleAnalyzer>.Diagnostic("ATX3003").WithLocation(0)
            .WithMessage("'150' is not a valid BlastPercentage: must be at least 0 and at most 100"));

    [Fact]
    public Task Pattern_is_checked_after_following_a_known_normalisation() => Run(
        """
        public class Uses
        {
            public NctId Short() => NctId.From({|#0:"NCT123"|});

            public NctId Normalised() => NctId.From(" nct01234567 ");
        }
        """,
        AnalyzerVerifier<ValueObjectConstantRuleAnalyzer>.Diagnostic("ATX3003").WithLocation(0)
            .WithMessage(@"'NCT123' is not a valid NctId: must match the pattern ^NCT\d{8}$"));

    [Fact]
    public Task Casts_and_exclusive_ends_are_checked() => Run(
        """
        public class Uses
        {
            public Month Cast() => {|#0:(Month)12|};

            public Month Fine() => (Month)11;
        }
        """,
        AnalyzerVerifier<ValueObjectConstantRuleAnalyzer>.Diagnostic("ATX3003").WithLocation(0)
            .WithMessage("'12' is not a valid Month: must be at least 0 and less than 12"));

    [Fact]
    public Task Instances_are_checked_at_compile_time() => Run(
        """
        using AllTx;
        using Vogen;

        [ValueObject<int>]
        [ValueRange(1, 5)]
        [Instance("Lowest", 1)]
        [{|#0:Instance("Broken", 9)|}]
        public readonly partial struct Grade { }
        """,
        AnalyzerVerifier<ValueObjectConstantRuleAnalyzer>.Diagnostic("ATX3003").WithLocation(0).WithMessage("'9' is not a valid Grade: must be at least 1 and at most 5"));

    [Fact]
    public Task Valid_constants_variables_and_unknown_normalisations_are_not_flagged() => Run("""
        public class Uses
        {
            public BlastPercentage Valid() => BlastPercentage.From(99.5m);

            public BlastPercentage Variable(decimal value) => BlastPercentage.From(value);

            public Code Unknown() => Code.From("too long to be judged");

            public int Other() => int.Parse("150");
        }
        """);

    [Fact]
    public Task Normalisers_the_analyzer_cannot_evaluate_exactly_silence_the_check() => Run("""
        using System;
        using AllTx;
        using Vogen;

        [ValueObject<string>]
        [ValuePattern("^([0-9]|1[0-2])/(6|8|10|12)$")]
        public sealed partial class Match
        {
            private static string NormalizeInput(string input) => string.Concat(input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        [ValueObject<string>]
        [ValuePattern("^NCT[0-9]{8}$")]
        public sealed partial class TrialId
        {
            private static string NormalizeInput(string input) => input?.Trim().ToUpperInvariant() ?? string.Empty;
        }

        public class Uses
        {
            public Match Spaced() => Match.From(" 9 / 10 ");

            public TrialId LowerCase() => TrialId.From(" nct02228096 ");
        }
        """);

    [Fact]
    public Task Value_objects_from_a_referenced_assembly_whose_normaliser_is_not_visible_are_not_flagged()
    {
        var test = new AnalyzerVerifier<ValueObjectConstantRuleAnalyzer>.Test
        {
            TestCode = """
                using AllTx.Domain.Transplant;
                using AllTx.Domain.Trials;

                public class Uses
                {
                    public HlaMatch Spaced() => HlaMatch.From(" 9 / 10 ");

                    public NctId LowerCase() => NctId.From(" nct02228096 ");
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(typeof(AllTx.Domain.Transplant.HlaMatch).Assembly);
        return test.RunAsync();
    }

    [Fact]
    public Task Value_objects_from_a_referenced_assembly_without_a_normaliser_are_checked_against_their_declared_rules()
    {
        var test = new AnalyzerVerifier<ValueObjectConstantRuleAnalyzer>.Test
        {
            TestCode = """
                using AllTx.Domain.Disease;

                public class Uses
                {
                    public BlastPercentage TooMany() => BlastPercentage.From({|#0:150m|});

                    public BlastPercentage Fine() => BlastPercentage.From(42m);
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(typeof(AllTx.Domain.Disease.BlastPercentage).Assembly);
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<ValueObjectConstantRuleAnalyzer>.Diagnostic("ATX3003").WithLocation(0));
        return test.RunAsync();
    }

    private static Task Run(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<ValueObjectConstantRuleAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(Declarations);
        test.SourceGenerators.Add(typeof(RuleCheckGenerator));
        test.SourceGenerators.Add(TestReferences.VogenGenerator);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
