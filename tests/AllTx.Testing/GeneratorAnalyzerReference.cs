using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Testing;

/// <summary>Lets a workspace project run in-memory incremental generators, as an analyzer reference in a real project does.</summary>
internal sealed class GeneratorAnalyzerReference : AnalyzerReference
{
    private readonly ImmutableArray<ISourceGenerator> _generators;

    public GeneratorAnalyzerReference(IEnumerable<IIncrementalGenerator> generators) =>
        _generators = generators.Select(g => g.AsSourceGenerator()).ToImmutableArray();

    public override string FullPath => "/test/generators.dll";

    public override object Id => this;

    public override string Display => "Test generators";

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => _generators;

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;
}
