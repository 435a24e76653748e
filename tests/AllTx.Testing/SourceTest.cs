using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AllTx.Testing;

/// <summary>What every verification compiles: the test sources, the generators that run first, and the references.</summary>
public abstract class SourceTest
{
    /// <summary>The main test source, with markup. It is file <c>/0/Test0.cs</c>.</summary>
    public string TestCode { get; set; } = string.Empty;

    /// <summary>More sources of the same project (<c>/0/Test1.cs</c>, …), with markup.</summary>
    public List<string> AdditionalSources { get; } = new();

    /// <summary>Generators that run before analysis (e.g. to generate the value objects or unions the test declares).</summary>
    public List<IIncrementalGenerator> SourceGenerators { get; } = new();

    /// <summary>Assemblies to reference besides the shared framework and AllTx.Primitives.</summary>
    public List<Assembly> AdditionalReferences { get; } = new();

    /// <summary>Lines of .editorconfig applying to the test sources (a <c>[*.cs]</c> section is added unless given).</summary>
    public string? EditorConfig { get; set; }

    /// <summary>
    /// Diagnostic ids suppressed in the test compilation (its specific diagnostic options), so that a test of an analyzer
    /// with several diagnostics can be about one of them; <c>[|…|]</c> then stands for the one supported id left.
    /// </summary>
    public List<string> DisabledDiagnostics { get; } = new();

    private protected IReadOnlyList<string> AllMarkup() => new[] { TestCode }.Concat(AdditionalSources).ToList();

    private protected Project CreateProject(IReadOnlyList<string> sources) =>
        TestWorkspace.CreateProject(sources, EditorConfig, DisabledDiagnostics, SourceGenerators, AdditionalReferences);
}
