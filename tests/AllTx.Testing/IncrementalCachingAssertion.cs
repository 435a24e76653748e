using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Testing;

/// <summary>The caching half of <see cref="GeneratorVerifier{TGenerator}"/>.</summary>
internal static class IncrementalCachingAssertion
{
    // Roslyn's own steps inside ForAttributeWithMetadataName; they legitimately see the added file as new input.
    private const string RoslynInternalStepMarker = "_ForAttribute";

    // Roslyn's inputs (Microsoft.CodeAnalysis.WellKnownGeneratorInputs): they hold the compilation by design and change with
    // every edit; what matters is that the generator's own steps built on them stay cached.
    private static readonly HashSet<string> RoslynInputSteps = new(StringComparer.Ordinal)
    {
        "Compilation", "CompilationOptions", "ParseOptions", "AdditionalTexts", "AnalyzerConfigOptions", "MetadataReferences",
    };

    private const string UnrelatedSource = "namespace AllTx.Testing.Unrelated { internal static class UnrelatedType { internal const int Value = 42; } }";

    public static void Verify(IIncrementalGenerator generator, CSharpCompilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            parseOptions: TestWorkspace.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        driver = driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        var namedSteps = NamedSteps(first);
        if (namedSteps.Count == 0)
        {
            throw new VerificationException(
                $"{generator.GetType().Name} names no pipeline step; call WithTrackingName on its steps so caching can be verified.");
        }

        foreach (var (name, steps) in namedSteps)
        {
            foreach (var step in steps)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    ForbiddenPipelineValueFinder.ThrowIfFound(value, $"step '{name}'");
                }
            }
        }

        driver = driver.RunGenerators((CSharpCompilation)compilation.Clone());
        AssertCached(driver.GetRunResult().Results.Single(), "a clone of the same compilation");

        var withUnrelatedFile = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(UnrelatedSource, TestWorkspace.ParseOptions, path: TestWorkspace.Folder + "Unrelated.cs"));
        driver = driver.RunGenerators(withUnrelatedFile);
        AssertCached(driver.GetRunResult().Results.Single(), "the compilation after adding an unrelated file");
    }

    private static Dictionary<string, IReadOnlyList<IncrementalGeneratorRunStep>> NamedSteps(GeneratorRunResult result) =>
        result.TrackedSteps
            .Where(p => !p.Key.Contains(RoslynInternalStepMarker, StringComparison.Ordinal) && !RoslynInputSteps.Contains(p.Key))
            .ToDictionary(p => p.Key, p => (IReadOnlyList<IncrementalGeneratorRunStep>)p.Value, StringComparer.Ordinal);

    private static void AssertCached(GeneratorRunResult result, string context)
    {
        var uncached = new List<string>();
        var steps = NamedSteps(result).Concat(
            result.TrackedOutputSteps.Select(p => new KeyValuePair<string, IReadOnlyList<IncrementalGeneratorRunStep>>("output " + p.Key, p.Value)));
        foreach (var (name, runs) in steps)
        {
            foreach (var run in runs)
            {
                foreach (var (value, reason) in run.Outputs)
                {
                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        uncached.Add($"  step '{name}': {reason} ({value?.GetType().Name ?? "null"})");
                    }
                }
            }
        }

        if (uncached.Count > 0)
        {
            throw new VerificationException(
                $"The generator's pipeline is not cached for {context}; every output must be Cached or Unchanged:\n" +
                string.Join("\n", uncached) + "\nPipeline models must be equatable (records, EquatableArray) and must not depend on the Compilation.");
        }
    }
}
