using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>
/// A team declares its own [Union]s and uses OneOf and the SDK's OneOf results with no reference but AllTx.Sdk: complete
/// switches build clean and run, JSON round-trips with the one registration call; unsafe code fails the build.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class UnionConsumerTests(PackedSdk sdk)
{
    private const string Relapse = """
        using AllTx;

        namespace TransplantTeam;

        [Union]
        public abstract partial record Relapse
        {
            public sealed partial record Cd19Positive(decimal Blasts) : Relapse;
            public sealed partial record Cd19Negative(decimal Blasts) : Relapse;
            public sealed partial record LineageSwitch(string Lineage) : Relapse;
        }
        """;

    [Fact]
    public async Task Own_union_and_OneOf_with_complete_switches_build_without_warnings_and_run()
    {
        ConsumerBuildResult result = await sdk.NewConsumer()
            .AsExecutable()
            .WithFile("Relapse.cs", Relapse)
            .WithFile("Triage.cs", """
                using AllTx;
                using OneOf;

                namespace TransplantTeam;

                public static class Triage
                {
                    // No discard arm: the compiler's CS8509 is suppressed because every case is handled (ATX4005).
                    public static string Plan(Relapse relapse) => relapse switch
                    {
                        Relapse.Cd19Positive positive => $"CD19-positive ({positive.Blasts}% blasts)",
                        Relapse.Cd19Negative => "CD19-negative",
                        Relapse.LineageSwitch lineageSwitch => $"lineage switch to {lineageSwitch.Lineage}",
                    };

                    public static string Kind(OneOf<Relapse.Cd19Positive, Relapse.Cd19Negative, Relapse.LineageSwitch> relapse) => relapse.Value switch
                    {
                        Relapse.Cd19Positive => "T0",
                        Relapse.Cd19Negative => "T1",
                        Relapse.LineageSwitch => "T2",
                    };

                    public static string Blasts(OneOf<decimal, string> blasts) =>
                        blasts.Match(percent => $"{percent}%", text => text);
                }

                // Struct visitors: delegate-free dispatch for hot paths, one method per case.
                public struct CaseCounter : Relapse.IVisitor
                {
                    public int Positive, Negative, Switches;
                    public void Cd19Positive(Relapse.Cd19Positive cd19Positive) => Positive++;
                    public void Cd19Negative(Relapse.Cd19Negative cd19Negative) => Negative++;
                    public void LineageSwitch(Relapse.LineageSwitch lineageSwitch) => Switches++;
                }

                // A OneOf with named cases, as the SDK's results are.
                [Union("counted", "notCounted")]
                public sealed partial class BlastCount : OneOfBase<decimal, string>;
                """)
            .WithFile("Program.cs", """
                using System.Text.Json;
                using AllTx.Domain.Disease;
                using AllTx.Domain.Relapse;
                using AllTx.Serialization;
                using OneOf;
                using TransplantTeam;

                Relapse[] relapses = [new Relapse.Cd19Positive(12.5m), new Relapse.Cd19Negative(3m), new Relapse.LineageSwitch("myeloid")];
                foreach (Relapse relapse in relapses)
                    Console.WriteLine($"{Triage.Plan(relapse)} / {Triage.Kind(relapse)}");

                Console.WriteLine(Triage.Blasts(4.5m));
                var counter = new CaseCounter();
                foreach (Relapse relapse in relapses)
                    relapse.Visit(ref counter);
                Console.WriteLine($"visited {counter.Positive}/{counter.Negative}/{counter.Switches}");
                string json = JsonSerializer.Serialize(relapses[2]);
                Console.WriteLine(json);
                Console.WriteLine(JsonSerializer.Deserialize<Relapse>(json) == relapses[2] ? "round trip ok" : "round trip changed the value");

                // The SDK's results are OneOfs read by case name.
                RelapsePhenotypeClassification classified = RelapsePhenotypeClassifier.Classify(
                    new RelapseImmunophenotype(ExpressionLevel.Negative, MyeloidMarkers.Present, PriorCd19DirectedTherapy.Cd19CarT));
                Console.WriteLine(classified.Match(
                    cd19Positive: _ => "CD19+", cd19Negative: _ => "CD19-", lineageSwitch: _ => "lineage switch", indeterminate: i => i.Reason));

                // One registration call: OneOf itself, and the unions, round-trip through JSON.
                JsonSerializerOptions options = new JsonSerializerOptions().AddUnionConverters();
                OneOf<decimal, string> blasts = 4.5m;
                string blastsJson = JsonSerializer.Serialize(blasts, options);
                string countJson = JsonSerializer.Serialize<BlastCount>("haemodilute", options);
                Console.WriteLine($"{blastsJson} {countJson}");
                bool same = JsonSerializer.Deserialize<OneOf<decimal, string>>(blastsJson, options).Equals(blasts)
                    && JsonSerializer.Deserialize<BlastCount>(countJson, options)!.Equals((BlastCount)"haemodilute")
                    && classified.TryGetPhenotype(out RelapsePhenotype? phenotype)
                    && JsonSerializer.Deserialize<RelapsePhenotype>(JsonSerializer.Serialize(phenotype, options), options)!.Equals(phenotype);
                Console.WriteLine(same ? "union JSON ok" : "union JSON changed the value");
                """)
            .BuildAsync();

        result.ShouldSucceedWithoutWarnings();
        ProcessOutcome run = await result.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        string output = run.Output;

        string[] expected =
        [
            "CD19-positive (12.5% blasts) / T0",
            "CD19-negative / T1",
            "lineage switch to myeloid / T2",
            "4.5%",
            "visited 1/1/1",
            """{"kind":"lineageSwitch","Lineage":"myeloid"}""",
            "round trip ok",
            "lineage switch",
            """{"case":"Decimal","value":4.5} {"case":"notCounted","value":"haemodilute"}""",
            "union JSON ok",
        ];
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Switch_that_misses_a_case_fails_the_build_with_ATX4001()
    {
        ConsumerBuildResult result = await sdk.NewConsumer()
            .WithFile("Relapse.cs", Relapse)
            .WithFile("Triage.cs", """
                namespace TransplantTeam;

                public static class Triage
                {
                    public static string Plan(Relapse relapse) => relapse switch
                    {
                        Relapse.Cd19Positive => "re-treat with CD19-directed therapy",
                        Relapse.Cd19Negative => "target CD22",
                    };
                }
                """)
            .BuildAsync();

        result.ShouldFailWith("ATX4001");
    }

    [Fact]
    public async Task Switch_on_an_SDK_result_that_misses_a_case_fails_the_build_with_ATX4001()
    {
        ConsumerBuildResult result = await sdk.NewConsumer()
            .WithFile("Plan.cs", """
                using AllTx.Domain.Relapse;

                namespace TransplantTeam;

                public static class Plan
                {
                    public static string For(RelapsePhenotype phenotype) => phenotype.Value switch
                    {
                        RelapsePhenotype.Cd19PositiveRelapse => "CD19-directed",
                        RelapsePhenotype.Cd19NegativeRelapse => "CD22-directed",
                    };
                }
                """)
            .BuildAsync();

        result.ShouldFailWith("ATX4001");
    }

    [Fact]
    public async Task Visitor_that_misses_a_case_fails_the_build()
    {
        ConsumerBuildResult result = await sdk.NewConsumer()
            .WithFile("Relapse.cs", Relapse)
            .WithFile("Counter.cs", """
                namespace TransplantTeam;

                public struct CaseCounter : Relapse.IVisitor
                {
                    public int Count;
                    public void Cd19Positive(Relapse.Cd19Positive cd19Positive) => Count++;
                    public void Cd19Negative(Relapse.Cd19Negative cd19Negative) => Count++;
                }
                """)
            .BuildAsync();

        // CS0535: 'CaseCounter' does not implement interface member 'Relapse.IVisitor.LineageSwitch(Relapse.LineageSwitch)'.
        result.ShouldFailWith("CS0535");
    }

    [Fact]
    public async Task Default_OneOf_fails_the_build_with_ATX4004()
    {
        ConsumerBuildResult result = await sdk.NewConsumer()
            .WithFile("Reading.cs", """
                using OneOf;

                namespace TransplantTeam;

                public static class Reading
                {
                    public static OneOf<decimal, string> NotYetMeasured() => default(OneOf<decimal, string>);
                }
                """)
            .BuildAsync();

        result.ShouldFailWith("ATX4004");
    }

    [Fact]
    public async Task Union_the_generator_cannot_complete_fails_the_build_with_its_declaration_error()
    {
        ConsumerBuildResult result = await sdk.NewConsumer()
            .WithFile("Relapse.cs", Relapse.Replace("public abstract partial record Relapse", "public abstract record Relapse", StringComparison.Ordinal))
            .BuildAsync();

        result.ShouldFailWith("ATX9007");
    }
}
