using Microsoft.CodeAnalysis;

namespace AllTx.Testing.Tests.Fixtures;

/// <summary>A well-cached generator: [Greet] on a partial class adds a Hello() method.</summary>
public sealed class GreetingGenerator : IIncrementalGenerator
{
    public const string AttributeSource = "namespace Fixtures { [System.AttributeUsage(System.AttributeTargets.Class)] internal sealed class GreetAttribute : System.Attribute { } }\n";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(c => c.AddSource("GreetAttribute.g.cs", AttributeSource));
        var models = context.SyntaxProvider
            .ForAttributeWithMetadataName("Fixtures.GreetAttribute", (_, _) => true, (c, _) => new GreetModel(c.TargetSymbol.ContainingNamespace.ToDisplayString(), c.TargetSymbol.Name))
            .WithTrackingName("GreetModels");
        context.RegisterSourceOutput(models, (c, m) => c.AddSource(
            $"{m.Name}.g.cs",
            $"namespace {m.Namespace}\n{{\n    partial class {m.Name}\n    {{\n        public static string Hello() => \"Hello from {m.Name}\";\n    }}\n}}\n"));
    }

    private sealed record GreetModel(string Namespace, string Name);
}

/// <summary>Keeps the ISymbol in its pipeline: the caching assertion must reject it.</summary>
public sealed class SymbolHoldingGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(c => c.AddSource("GreetAttribute.g.cs", GreetingGenerator.AttributeSource));
        var symbols = context.SyntaxProvider
            .ForAttributeWithMetadataName("Fixtures.GreetAttribute", (_, _) => true, (c, _) => new Holder(c.TargetSymbol))
            .WithTrackingName("Symbols");
        context.RegisterSourceOutput(symbols, (c, h) => c.AddSource($"{h.Symbol.Name}.g.cs", "// nothing\n"));
    }

    private sealed record Holder(ISymbol Symbol);
}

/// <summary>Rebuilds a non-equatable model from the Compilation on every run: the caching assertion must reject it.</summary>
public sealed class CompilationDependentGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(c => c.AddSource("GreetAttribute.g.cs", GreetingGenerator.AttributeSource));
        var names = context.SyntaxProvider
            .ForAttributeWithMetadataName("Fixtures.GreetAttribute", (_, _) => true, (c, _) => c.TargetSymbol.Name)
            .Combine(context.CompilationProvider)
            .Select((pair, _) => new NotEquatable(pair.Left, pair.Right.SyntaxTrees.Count()))
            .WithTrackingName("Combined");
        context.RegisterSourceOutput(names, (c, n) => c.AddSource($"{n.Name}.g.cs", "// nothing\n"));
    }

    private sealed class NotEquatable(string name, int treeCount)
    {
        public string Name { get; } = name;

        public int TreeCount { get; } = treeCount;
    }
}

/// <summary>Emits code that does not compile: Run must fail.</summary>
public sealed class BrokenOutputGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        context.RegisterPostInitializationOutput(c => c.AddSource("Broken.g.cs", "internal static class Broken { internal static int Value = \"text\"; }\n"));
}
