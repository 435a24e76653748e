using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using AllTx.Generators.ValueObjects.Formatting;
using AllTx.Generators.ValueObjects.Rules;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Analyzers.Tests.VogenValueObjects;

/// <summary>
/// Compiles source as a consumer's build does (Vogen's generator and our rule-check and formatting generators, Nullable, warnings as errors), loads the
/// assembly into a collectible context and lets a test call into it, so generated code is judged by what it does.
/// </summary>
internal sealed class ConsumerCompilation
{
    private readonly Assembly _assembly;

    private ConsumerCompilation(Assembly assembly) => _assembly = assembly;

    internal static ConsumerCompilation Build(string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            TestReferences.Default,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
        var generators = new[]
        {
            new RuleCheckGenerator().AsSourceGenerator(),
            new FormattingGenerator().AsSourceGenerator(),
            TestReferences.CreateVogenGenerator().AsSourceGenerator(),
        };
        CSharpGeneratorDriver.Create(generators, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Diagnostic[] problems = generatorDiagnostics.Concat(emitted.Diagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591").ToArray();
        Assert.True(emitted.Success && problems.Length == 0, string.Join(Environment.NewLine, problems.Select(d => d.ToString())));
        image.Position = 0;
        return new ConsumerCompilation(new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(image));
    }

    /// <summary>Calls <c>typeName.From(value)</c> and returns the value object, or throws what <c>From</c> threw.</summary>
    internal object From(string typeName, object value) => Static(typeName, "From", value);

    /// <summary>Calls a public static method of <paramref name="typeName"/>, unwrapping the exception it throws.</summary>
    internal object Static(string typeName, string method, params object?[] arguments)
    {
        Type type = _assembly.GetType(typeName, throwOnError: true)!;
        MethodInfo target = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == method && m.GetParameters().Length == arguments.Length
                && m.GetParameters().Zip(arguments).All(pair => pair.Second is null || pair.First.ParameterType.IsInstanceOfType(pair.Second)));
        try
        {
            return target.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            throw invocation.InnerException;
        }
    }

    internal Type Type(string typeName) => _assembly.GetType(typeName, throwOnError: true)!;
}
