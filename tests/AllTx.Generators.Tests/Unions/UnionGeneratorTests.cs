using AllTx.Generators.Unions;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis;

namespace AllTx.Generators.Tests.Unions;

/// <summary>Which declarations the [Union] generator completes, and that its output compiles cleanly.</summary>
public sealed class UnionGeneratorTests
{
    private const string MrdOutcome = """
        using AllTx;

        namespace Clinic.Mrd;

        public static partial class Outcomes
        {
            [Union]
            public abstract partial record MrdOutcome
            {
                public sealed partial record Positive(decimal Level) : MrdOutcome;
                public sealed partial record PositiveNotQuantifiable : MrdOutcome;
                public sealed partial record Negative(decimal Sensitivity) : MrdOutcome;
            }
        }
        """;

    [Fact]
    public async Task Completes_a_union_nested_in_a_class_in_one_file_named_after_it()
    {
        var result = await GeneratorVerifier<UnionGenerator>.RunAsync(MrdOutcome);

        Assert.Equal(["Clinic.Mrd.Outcomes.MrdOutcome.Union.g.cs"], result.GeneratedSources.Keys);
    }

    [Fact]
    public async Task Names_the_handlers_after_the_cases_in_camel_case()
    {
        var result = await GeneratorVerifier<UnionGenerator>.RunAsync(MrdOutcome);

        IMethodSymbol match = MatchOf(result, "Clinic.Mrd.Outcomes+MrdOutcome", typeParameterCount: 1);
        Assert.Equal(["positive", "positiveNotQuantifiable", "negative"], match.Parameters.Select(p => p.Name));
    }

    [Fact]
    public async Task Escapes_case_names_that_are_keywords_in_camel_case_and_lowers_leading_acronyms()
    {
        var result = await GeneratorVerifier<UnionGenerator>.RunAsync("""
            using AllTx;

            [Union]
            public abstract partial record Response
            {
                public sealed partial record Default : Response;
                public sealed partial record CD19Negative : Response;
            }
            """);

        IMethodSymbol match = MatchOf(result, "Response", typeParameterCount: 1);
        Assert.Equal(["default", "cd19Negative"], match.Parameters.Select(p => p.Name));
        Assert.Contains("private string UnionKind => \"cd19Negative\";", result.GeneratedSources["Response.Union.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renames_the_state_parameter_when_a_case_is_called_State()
    {
        var result = await GeneratorVerifier<UnionGenerator>.RunAsync("""
            using AllTx;

            [Union]
            public abstract partial record Step
            {
                public sealed partial record State : Step;
                public sealed partial record Done : Step;
            }
            """);

        IMethodSymbol match = MatchOf(result, "Step", typeParameterCount: 2);
        Assert.Equal(["_state", "state", "done"], match.Parameters.Select(p => p.Name));
    }

    [Fact]
    public async Task Leaves_out_the_private_constructor_when_the_union_has_a_primary_constructor()
    {
        var result = await GeneratorVerifier<UnionGenerator>.RunAsync("""
            using AllTx;

            [Union]
            public abstract partial record Sample(string Id)
            {
                public sealed partial record Blood(string Id) : Sample(Id);
                public sealed partial record Marrow(string Id) : Sample(Id);
            }
            """);

        Assert.DoesNotContain("private Sample()", result.GeneratedSources["Sample.Union.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaves_out_the_visitor_when_a_case_is_named_like_it()
    {
        var result = await GeneratorVerifier<UnionGenerator>.RunAsync("""
            using AllTx;

            [Union]
            public abstract partial record Encounter
            {
                public sealed partial record Visit : Encounter;
                public sealed partial record Admission : Encounter;
            }
            """);

        string source = result.GeneratedSources["Encounter.Union.g.cs"];
        Assert.DoesNotContain("IVisitor", source, StringComparison.Ordinal);
        Assert.Contains("public TResult Match<TResult>", source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaves_out_the_OneOf_conversions_beyond_nine_cases()
    {
        string cases = string.Concat(Enumerable.Range(1, 10).Select(i => $"    public sealed partial record Grade{i} : Grade;\n"));
        var result = await GeneratorVerifier<UnionGenerator>.RunAsync($"using AllTx;\n\n[Union]\npublic abstract partial record Grade\n{{\n{cases}}}\n");

        Assert.DoesNotContain("ToOneOf", result.GeneratedSources["Grade.Union.g.cs"], StringComparison.Ordinal);
        Assert.Equal(10, MatchOf(result, "Grade", typeParameterCount: 1).Parameters.Length);
    }

    [Theory]
    [InlineData("public abstract record Union { public sealed partial record A : Union; }", "not partial")]
    [InlineData("public partial record Union { public sealed partial record A : Union; }", "not abstract")]
    [InlineData("public abstract partial record Union { public sealed record A : Union; }", "a case is not partial")]
    [InlineData("public abstract partial record Union<T> { public sealed partial record A(T Value) : Union<T>; }", "generic")]
    [InlineData("public abstract partial record Union { }", "no cases")]
    public async Task Generates_nothing_for_a_declaration_it_cannot_complete(string declaration, string why)
    {
        var result = await GeneratorVerifier<UnionGenerator>.RunAsync("using AllTx;\n[Union]\n" + declaration);

        Assert.True(result.GeneratedSources.Count == 0, $"Expected no output for a union that is {why}.");
    }

    [Fact]
    public void Caches_every_step_across_unrelated_edits()
    {
        IncrementalGeneratorCaching.Verify<UnionGenerator>(MrdOutcome);
    }

    private static IMethodSymbol MatchOf(GeneratorOutput result, string metadataName, int typeParameterCount)
    {
        INamedTypeSymbol union = result.Compilation.GetTypeByMetadataName(metadataName)
            ?? throw new InvalidOperationException($"{metadataName} is not in the output compilation.");
        return union.GetMembers("Match").OfType<IMethodSymbol>().Single(m => m.TypeParameters.Length == typeParameterCount);
    }
}
