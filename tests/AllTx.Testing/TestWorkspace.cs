using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AllTx.Testing;

/// <summary>Builds the in-memory workspace project a test runs against: documents, .editorconfig, references, generators.</summary>
internal static class TestWorkspace
{
    internal const string Folder = "/0/";

    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    internal static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        allowUnsafe: true);

    /// <summary>The file path of the test's n-th source (0 is <c>TestCode</c>).</summary>
    internal static string FilePath(int index) => $"{Folder}Test{index}.cs";

    internal static Project CreateProject(
        IReadOnlyList<string> sources,
        string? editorConfig,
        IEnumerable<string> disabledDiagnostics,
        IReadOnlyCollection<IIncrementalGenerator> generators,
        IEnumerable<Assembly> additionalReferences)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("TestProject");
        var analyzerReferences = generators.Count == 0
            ? Array.Empty<AnalyzerReference>()
            : new AnalyzerReference[] { new GeneratorAnalyzerReference(generators) };
        var projectInfo = ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name: "TestProject",
                assemblyName: "TestProject",
                language: LanguageNames.CSharp,
                filePath: Folder + "TestProject.csproj",
                compilationOptions: CompilationOptions.WithSpecificDiagnosticOptions(
                    disabledDiagnostics.Distinct(StringComparer.Ordinal).Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress))),
                parseOptions: ParseOptions,
                metadataReferences: TestReferences.With(additionalReferences),
                analyzerReferences: analyzerReferences);

        var solution = workspace.CurrentSolution.AddProject(projectInfo);
        for (int i = 0; i < sources.Count; i++)
        {
            var path = FilePath(i);
            solution = solution.AddDocument(
                DocumentId.CreateNewId(projectId, path),
                Path.GetFileName(path),
                SourceText.From(sources[i]),
                filePath: path);
        }

        solution = solution.AddAnalyzerConfigDocument(
            DocumentId.CreateNewId(projectId, ".editorconfig"),
            ".editorconfig",
            SourceText.From(EditorConfigText(editorConfig)),
            filePath: Folder + ".editorconfig");

        if (!workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("The test workspace refused the test project.");
        }

        return workspace.CurrentSolution.GetProject(projectId)!;
    }

    private static string EditorConfigText(string? lines) =>
        lines is not null && lines.TrimStart().StartsWith('[')
            ? "root = true\n" + lines
            : "root = true\n\n[*.cs]\n" + (lines ?? string.Empty) + "\n";

    internal static ImmutableArray<Document> Documents(Project project) =>
        project.Documents.OrderBy(d => d.FilePath, StringComparer.Ordinal).ToImmutableArray();
}
