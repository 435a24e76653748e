using System.Collections.Immutable;
using AllTx.Generators.Unions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Generators.Tests.Unions;

/// <summary>
/// [Union] classes deriving from OneOf.OneOfBase: the generated code compiles without a warning under Nullable, supports
/// named dispatch, and the pipeline caches its models (Microsoft.CodeAnalysis.Testing, .NET 10 reference assemblies).
/// </summary>
public sealed class OneOfBaseUnionGeneratorTests
{
    private const string Declarations = """
        #nullable enable
        using AllTx;
        using OneOf;

        namespace Clinic.Relapse;

        public sealed record Cd19PositiveRelapse(decimal Blasts);
        public sealed record Cd19NegativeRelapse(decimal Blasts);
        public sealed record LineageSwitch(string Lineage);

        [Union("cd19Positive", "cd19Negative", "lineageSwitch")]
        public sealed partial class RelapsePhenotype : OneOfBase<Cd19PositiveRelapse, Cd19NegativeRelapse, LineageSwitch>;

        public static partial class Outer
        {
            [Union]
            public sealed partial class Reading : OneOfBase<decimal, string, Reading.NotDone, int?>
            {
                public sealed record NotDone;
            }
        }
        """;

    private const string Usage = """
        #nullable enable
        using System.Text.Json;
        using Clinic.Relapse;

        public static class Use
        {
            public static string Plan(RelapsePhenotype phenotype) => phenotype.Match(
                cd19Positive: p => $"CD19+ {p.Blasts}",
                cd19Negative: n => $"CD19- {n.Blasts}",
                lineageSwitch: s => s.Lineage);

            public static int Count(Outer.Reading[] readings)
            {
                var counter = new Counter();
                foreach (Outer.Reading reading in readings)
                {
                    reading.Visit(ref counter);
                }

                return counter.Total;
            }

            public static bool RoundTrips(RelapsePhenotype phenotype) =>
                JsonSerializer.Deserialize<RelapsePhenotype>(JsonSerializer.Serialize(phenotype))!.Equals(phenotype)
                && phenotype.TryGetLineageSwitch(out LineageSwitch? s) == phenotype.IsLineageSwitch
                && (s is null || ((LineageSwitch)phenotype).Lineage == s.Lineage);

            public static Outer.Reading[] Readings() => [12.5m, "haemolysed", new Outer.Reading.NotDone(), (int?)3];

            private struct Counter : Outer.Reading.IVisitor
            {
                public int Total;
                public void Decimal(decimal @decimal) => Total++;
                public void String(string @string) => Total++;
                public void NotDone(Outer.Reading.NotDone notDone) => Total++;
                public void Nullable(int? nullable) => Total++;
            }
        }
        """;

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(UnionAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(OneOf.IOneOf).Assembly.Location),
    ];

    [Fact]
    public async Task Generated_members_compile_without_warnings_and_serve_named_dispatch()
    {
        var test = new CSharpSourceGeneratorTest<UnionGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.AdditionalReferences.AddRange(References);
        test.TestState.Sources.Add(Declarations);
        test.TestState.Sources.Add(Usage);

        // Any compiler warning or error in the declarations, the usage or the generated code fails the test.
        await test.RunAsync();
    }

    [Fact]
    public void A_union_whose_case_names_do_not_match_its_cases_gets_no_output()
    {
        GeneratorDriverRunResult result = Run(Declarations.Replace(
            "[Union(\"cd19Positive\", \"cd19Negative\", \"lineageSwitch\")]", "[Union(\"cd19Positive\", \"cd19Negative\")]", StringComparison.Ordinal));

        Assert.DoesNotContain(result.GeneratedTrees, tree => tree.FilePath.EndsWith("RelapsePhenotype.OneOfBase.g.cs", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedTrees, tree => tree.FilePath.EndsWith("Outer.Reading.OneOfBase.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_outside_the_unions_reuses_the_cached_models()
    {
        CSharpCompilation compilation = Compile(Declarations);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new UnionGenerator().AsSourceGenerator()],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("static class Unrelated { }", ParseOptions));
        GeneratorRunResult rerun = driver.RunGenerators(edited).GetRunResult().Results.Single();

        IncrementalGeneratorRunStep[] models = rerun.TrackedSteps[UnionGenerator.ModelsStep].ToArray();
        Assert.Equal(2, models.Length);
        Assert.All(models.SelectMany(step => step.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{output.Reason}"));
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static CSharpCompilation Compile(string source) => CSharpCompilation.Create(
        "Consumer",
        [CSharpSyntaxTree.ParseText(source, ParseOptions)],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static GeneratorDriverRunResult Run(string source) =>
        CSharpGeneratorDriver.Create(new UnionGenerator()).RunGenerators(Compile(source)).GetRunResult();
}
