using AllTx.Analyzers.ValueObjects;
using AllTx.Generators.ValueObjects.Rules;
using AllTx.Roslyn.Testing;

namespace AllTx.Analyzers.Tests.ValueObjects;

public sealed class MemberWithoutValueTests
{
    private const string Declarations = """
        using AllTx;
        using Vogen;

        [ValueObject<decimal>]
        public readonly partial struct BlastPercentage { }
        """;

    [Fact]
    public Task Members_that_nothing_sets_are_flagged() => Run("""
        public class Assessment
        {
            public BlastPercentage {|ATX3005:Blasts|} { get; set; }

            private BlastPercentage {|ATX3005:_previous|};
        }

        public record Report
        {
            public BlastPercentage {|ATX3005:Blasts|} { get; init; }
        }

        public class PartlyConstructed
        {
            public PartlyConstructed(BlastPercentage blasts) => Blasts = blasts;

            public PartlyConstructed() { }

            public BlastPercentage {|ATX3005:Blasts|} { get; }
        }
        """);

    [Fact]
    public Task Required_initialised_constructed_nullable_and_struct_members_are_fine() => Run("""
        public class Assessment
        {
            public Assessment(BlastPercentage current)
            {
                Current = current;
            }

            public Assessment() : this(BlastPercentage.From(0m)) { }

            public required BlastPercentage Blasts { get; init; }

            public BlastPercentage Baseline { get; } = BlastPercentage.From(0m);

            public BlastPercentage Current { get; }

            public BlastPercentage? Optional { get; set; }

            public BlastPercentage Computed => Current;

            public static BlastPercentage Shared;
        }

        public record Positional(BlastPercentage Blasts);

        public struct Holder
        {
            public BlastPercentage Blasts;
        }
        """);

    private static Task Run(string source)
    {
        var test = new AnalyzerVerifier<ValueObjectMemberWithoutValueAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(Declarations);
        test.SourceGenerators.Add(typeof(RuleCheckGenerator));
        test.SourceGenerators.Add(TestReferences.VogenGenerator);
        return test.RunAsync();
    }
}
