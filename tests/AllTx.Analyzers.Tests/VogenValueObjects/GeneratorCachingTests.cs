using System.Collections.Immutable;
using AllTx.Generators.ValueObjects.Formatting;
using AllTx.Generators.ValueObjects.Rules;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Analyzers.Tests.VogenValueObjects;

/// <summary>
/// The rule-check and formatting generators are cacheable: after an edit elsewhere in the compilation every step of their
/// pipelines is served from the cache, and no value in the pipeline is a symbol, syntax node, location or compilation.
/// </summary>
public sealed class GeneratorCachingTests
{
    private const string Source = """
        using System;
        using AllTx;
        using Vogen;

        namespace Clinic;

        [ValueObject<decimal>]
        [ValueRange(0, 100)]
        public readonly partial struct BlastPercentage : IFormattable, ISpanFormattable, IUtf8SpanFormattable
        {
            private static partial Validation Validate(decimal value);

            public override string ToString() => Value + " %";

            public partial string ToString(string? format, IFormatProvider? provider);

            public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

            public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);
        }
        """;

    [Fact]
    public void Rule_check_pipeline_is_cached_after_an_unrelated_edit() =>
        AssertCached(new RuleCheckGenerator(), RuleCheckGenerator.TrackingNames.Parse, RuleCheckGenerator.TrackingNames.Models);

    [Fact]
    public void Formatting_pipeline_is_cached_after_an_unrelated_edit() =>
        AssertCached(new FormattingGenerator(), FormattingGenerator.TrackingNames.Parse, FormattingGenerator.TrackingNames.Models);

    private static void AssertCached(IIncrementalGenerator generator, params string[] trackingNames)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Caching",
            [CSharpSyntaxTree.ParseText(Source, parse)],
            TestReferences.Default,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: parse,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        driver = driver.RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Clinic; internal static class Unrelated { }", parse)));
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.Single(first.GeneratedSources);
        foreach (string name in trackingNames)
        {
            ImmutableArray<IncrementalGeneratorRunStep> steps = second.TrackedSteps[name];
            Assert.NotEmpty(steps);
            Assert.All(steps.SelectMany(step => step.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
            Assert.All(first.TrackedSteps[name].SelectMany(step => step.Outputs), output =>
                Assert.False(output.Value is ISymbol or SyntaxNode or Location or Compilation, $"{name} holds a {output.Value.GetType().Name}"));
        }
    }
}
