using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>Facts about a packed assembly read from its metadata alone (nothing is loaded or executed).</summary>
public sealed class AssemblyMetadata
{
    private static readonly (string Namespace, string Name)[] s_roslynExtensionAttributes =
    [
        ("Microsoft.CodeAnalysis.Diagnostics", "DiagnosticAnalyzerAttribute"),
        ("Microsoft.CodeAnalysis", "GeneratorAttribute"),
    ];

    private AssemblyMetadata(
        string name,
        ImmutableArray<DebugDirectoryEntryType> debugEntries,
        bool embeddedPdbReadable,
        IReadOnlyDictionary<string, Version> references,
        bool declaresAnalyzersOrGenerators)
    {
        Name = name;
        DebugEntries = debugEntries;
        EmbeddedPdbReadable = embeddedPdbReadable;
        References = references;
        DeclaresAnalyzersOrGenerators = declaresAnalyzersOrGenerators;
    }

    public string Name { get; }

    public ImmutableArray<DebugDirectoryEntryType> DebugEntries { get; }

    /// <summary>The debug directory holds an embedded portable PDB that opens as PDB metadata.</summary>
    public bool EmbeddedPdbReadable { get; }

    /// <summary>Referenced assemblies by simple name.</summary>
    public IReadOnlyDictionary<string, Version> References { get; }

    /// <summary>
    /// Some type carries [DiagnosticAnalyzer] or [Generator]: the compiler, which finds analyzers, suppressors and
    /// generators by exactly these attributes, will instantiate something from this assembly.
    /// </summary>
    public bool DeclaresAnalyzersOrGenerators { get; }

    public static AssemblyMetadata Read(byte[] image)
    {
        using PEReader pe = new(ImmutableArray.Create(image));
        MetadataReader metadata = pe.GetMetadataReader();
        ImmutableArray<DebugDirectoryEntry> debugDirectory = pe.ReadDebugDirectory();

        return new AssemblyMetadata(
            metadata.GetString(metadata.GetAssemblyDefinition().Name),
            debugDirectory.Select(entry => entry.Type).ToImmutableArray(),
            HasReadableEmbeddedPdb(pe, debugDirectory),
            metadata.AssemblyReferences
                .Select(metadata.GetAssemblyReference)
                .ToDictionary(reference => metadata.GetString(reference.Name), reference => reference.Version),
            metadata.TypeDefinitions
                .SelectMany(type => metadata.GetTypeDefinition(type).GetCustomAttributes())
                .Any(attribute => IsRoslynExtensionAttribute(metadata, metadata.GetCustomAttribute(attribute))));
    }

    private static bool HasReadableEmbeddedPdb(PEReader pe, ImmutableArray<DebugDirectoryEntry> debugDirectory)
    {
        DebugDirectoryEntry[] embedded = debugDirectory.Where(entry => entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToArray();
        if (embedded.Length != 1)
            return false;

        using MetadataReaderProvider pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
        return pdb.GetMetadataReader().DebugMetadataHeader is not null;
    }

    private static bool IsRoslynExtensionAttribute(MetadataReader metadata, CustomAttribute attribute)
    {
        EntityHandle attributeType = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        if (attributeType.Kind != HandleKind.TypeReference)
            return false;

        TypeReference type = metadata.GetTypeReference((TypeReferenceHandle)attributeType);
        string typeNamespace = metadata.GetString(type.Namespace);
        string typeName = metadata.GetString(type.Name);
        return s_roslynExtensionAttributes.Contains((typeNamespace, typeName));
    }
}
