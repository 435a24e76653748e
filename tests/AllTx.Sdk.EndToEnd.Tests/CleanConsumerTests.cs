using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>A team adds one PackageReference to AllTx.Sdk: its project restores, compiles and loads our Roslyn components.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class CleanConsumerTests(PackedSdk sdk)
{
    // CS8032: an analyzer could not be created; CS9057: an analyzer needs a newer compiler; CS8033: an assembly passed as an
    // analyzer declares analyzer types the compiler could not use; AD0001: an analyzer threw.
    private static readonly string[] s_analyzerLoadFailures = ["CS8032", "CS9057", "CS8033", "AD0001"];

    [Fact]
    public async Task Console_app_restores_and_builds_without_any_warning()
    {
        ConsumerBuildResult result = await sdk.NewConsumer()
            .AsExecutable()
            .WithFile("Program.cs", """
                Console.WriteLine("Transplant team consumer of AllTx.Sdk");
                """)
            .BuildAsync();

        result.ShouldSucceedWithoutWarnings();
        result.ShouldNotMention(s_analyzerLoadFailures);
    }

    [Fact]
    public async Task Compiler_gets_the_runtime_libraries_and_every_roslyn_component_from_the_package_this_run_packed()
    {
        ConsumerBuildResult result = await sdk.NewConsumer()
            .WithFile("TransplantEpisode.cs", """
                namespace TransplantTeam;

                public sealed record TransplantEpisode(string PatientReference, DateOnly InfusionDate);
                """)
            .BuildAsync();

        result.ShouldSucceedWithoutWarnings();
        AssertPassedFrom(result, result.AnalyzerArguments, "analyzers/dotnet/cs", "AllTx.Analyzers", "AllTx.CodeFixes", "AllTx.Generators");
        AssertPassedFrom(result, result.ReferenceArguments, "lib/net10.0", "AllTx.Domain", "AllTx.Primitives");
    }

    [Fact]
    public async Task Every_packed_assembly_that_declares_analyzers_or_generators_runs_in_the_consumer_build()
    {
        using PackageArchive package = new(sdk.PackagePath);
        string[] declaring = package.FilesUnder("analyzers")
            .Select(package.ReadAssembly)
            .Where(assembly => assembly.DeclaresAnalyzersOrGenerators)
            .Select(assembly => assembly.Name)
            .ToArray();

        ConsumerBuildResult result = await sdk.NewConsumer()
            .WithFile("Placeholder.cs", """
                namespace TransplantTeam;

                internal static class Placeholder;
                """)
            .BuildAsync();

        result.ShouldSucceedWithoutWarnings();
        if (!result.HasAnalyzerReport)
            result.Fail("expected the compiler's ReportAnalyzer section in the detailed log");
        string[] missing = declaring.Where(name => !result.ReportedAnalyzerAssemblies.Contains(name)).ToArray();
        if (missing.Length > 0)
        {
            result.Fail(
                $"expected {string.Join(", ", declaring)} (they declare [DiagnosticAnalyzer] or [Generator] types) in the " +
                $"ReportAnalyzer tables; missing: {string.Join(", ", missing)}");
        }
    }

    private static void AssertPassedFrom(ConsumerBuildResult result, IReadOnlyList<string> arguments, string packageFolder, params string[] assemblies)
    {
        string expectedFolder = Path.Combine(result.RestoredPackageFolder, packageFolder);
        foreach (string assembly in assemblies)
        {
            string expected = Path.Combine(expectedFolder, assembly + ".dll");
            if (!arguments.Contains(expected))
                result.Fail($"expected the compiler to receive {expected}");
        }
    }
}
