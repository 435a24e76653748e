using System;
using System.IO;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// Which SDK assemblies (AllTx.Primitives, AllTx.Domain) a compilation is, or references — decided in a
    /// compilation-start action without binding references. <c>Compilation.Assembly</c>,
    /// <c>ReferencedAssemblyNames</c>, <c>References</c> and <c>GetTypeByMetadataName</c> all make the compiler bind every
    /// reference (tens of milliseconds in a fresh csc, which ReportAnalyzer then charges to the analyzer that asked first);
    /// the reference list itself (<c>ExternalReferences</c>: file paths, project compilations) is already there. Only when
    /// a reference has no file path (an in-memory image) or the compilation is a script (<c>#r</c>) are the bound
    /// references read instead.
    /// </summary>
    internal sealed class SdkReferences
    {
        internal const string PrimitivesName = "AllTx.Primitives";
        internal const string DomainName = "AllTx.Domain";

        private static readonly ConditionalWeakTable<Compilation, SdkReferences> Cache = new ConditionalWeakTable<Compilation, SdkReferences>();
        private static readonly ConditionalWeakTable<Compilation, SdkReferences>.CreateValueCallback Read = ReadReferences;

        private SdkReferences(bool primitives, bool domain)
        {
            Primitives = primitives;
            Domain = domain;
        }

        /// <summary>True when the compilation is or references AllTx.Primitives.</summary>
        internal bool Primitives { get; }

        /// <summary>True when the compilation is or references AllTx.Domain.</summary>
        internal bool Domain { get; }

        internal static SdkReferences Of(Compilation compilation) => Cache.GetValue(compilation, Read);

        /// <summary>
        /// The assembly named <paramref name="name"/>: the compilation's own or a referenced one, else null. Binds references:
        /// call it from an analysis action (the compiler has bound them by then), not from a compilation-start action.
        /// </summary>
        internal static IAssemblySymbol? AssemblyNamed(Compilation compilation, string name)
        {
            if (compilation.AssemblyName == name)
            {
                return compilation.Assembly;
            }

            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.Name == name)
                {
                    return assembly;
                }
            }

            return null;
        }

        private static SdkReferences ReadReferences(Compilation compilation)
        {
            if (compilation.ScriptCompilationInfo is not null)
            {
                return FromBoundReferences(compilation);
            }

            bool primitives = compilation.AssemblyName == PrimitivesName;
            bool domain = compilation.AssemblyName == DomainName;
            foreach (MetadataReference reference in compilation.ExternalReferences)
            {
                string? name = reference switch
                {
                    CompilationReference project => project.Compilation.AssemblyName,
                    PortableExecutableReference { FilePath: { Length: > 0 } path } => Path.GetFileNameWithoutExtension(path),
                    _ => null,
                };
                if (name is null)
                {
                    return FromBoundReferences(compilation);
                }

                primitives |= string.Equals(name, PrimitivesName, StringComparison.OrdinalIgnoreCase);
                domain |= string.Equals(name, DomainName, StringComparison.OrdinalIgnoreCase);
            }

            return new SdkReferences(primitives, domain);
        }

        private static SdkReferences FromBoundReferences(Compilation compilation) =>
            new SdkReferences(AssemblyNamed(compilation, PrimitivesName) is not null, AssemblyNamed(compilation, DomainName) is not null);
    }
}
