using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// The SDK types the safety analyzers (ATX1xxx, ATX2xxx, ATX6001) look for, shared by every analyzer of a compilation.
    /// <see cref="For"/> returns null when the compilation references neither AllTx.Primitives nor AllTx.Domain, so that
    /// the analyzers register nothing at all there; it decides that from the reference list alone (<see cref="SdkReferences"/>).
    /// The types themselves are resolved once, on first use from an analysis action — after the compiler has bound the
    /// references and read the SDK's metadata for its own needs — not in the compilation-start action, where the lookups
    /// would force that work early and ReportAnalyzer would charge it to the first analyzer to start. Domain types are null
    /// when AllTx.Domain is not referenced.
    /// </summary>
    internal sealed class SdkSymbols
    {
        private static readonly ConditionalWeakTable<Compilation, SdkSymbols> Cache = new ConditionalWeakTable<Compilation, SdkSymbols>();
        private static readonly ConditionalWeakTable<Compilation, SdkSymbols>.CreateValueCallback Create = compilation => new SdkSymbols(compilation);

        private readonly Lazy<Types> _types;

        private SdkSymbols(Compilation compilation)
        {
            SdkReferences references = SdkReferences.Of(compilation);
            ReferencesSdk = references.Primitives || references.Domain;
            ReferencesDomain = references.Domain;
            _types = new Lazy<Types>(() => new Types(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>True when the compilation is or references AllTx.Domain (known without resolving any type).</summary>
        internal bool ReferencesDomain { get; }

        private bool ReferencesSdk { get; }

        /// <summary><c>AllTx.SensitiveAttribute</c> (AllTx.Primitives).</summary>
        internal INamedTypeSymbol? SensitiveAttribute => _types.Value.SensitiveAttribute;

        /// <summary><c>AllTx.IValueObject&lt;TSelf, TValue&gt;</c>, implemented by every generated value object.</summary>
        internal INamedTypeSymbol? ValueObject => _types.Value.ValueObject;

        internal INamedTypeSymbol? Drug => _types.Value.Drug;

        internal INamedTypeSymbol? Dose => _types.Value.Dose;

        internal INamedTypeSymbol? DoseUnit => _types.Value.DoseUnit;

        internal INamedTypeSymbol? RadiationDose => _types.Value.RadiationDose;

        internal INamedTypeSymbol? CellPopulation => _types.Value.CellPopulation;

        internal INamedTypeSymbol? Unit => _types.Value.Unit;

        internal INamedTypeSymbol? Quantity => _types.Value.Quantity;

        internal INamedTypeSymbol? LabValue => _types.Value.LabValue;

        internal INamedTypeSymbol? MrdResult => _types.Value.MrdResult;

        internal INamedTypeSymbol? MrdMethod => _types.Value.MrdMethod;

        internal INamedTypeSymbol? MrdLevel => _types.Value.MrdLevel;

        internal INamedTypeSymbol? AssaySensitivity => _types.Value.AssaySensitivity;

        /// <summary><c>MrdOutcome.Negative</c>.</summary>
        internal INamedTypeSymbol? NegativeOutcome => _types.Value.NegativeOutcome;

        /// <summary><c>MrdStatus.MrdNegative</c>.</summary>
        internal INamedTypeSymbol? MrdNegativeStatus => _types.Value.MrdNegativeStatus;

        /// <summary>The symbols of <paramref name="compilation"/>; null when it references no part of the SDK.</summary>
        internal static SdkSymbols? For(Compilation compilation)
        {
            SdkSymbols symbols = Cache.GetValue(compilation, Create);
            return symbols.ReferencesSdk ? symbols : null;
        }

        /// <summary>True when <paramref name="type"/> is <c>namespaceName.name</c> (for framework types, compared by name).</summary>
        internal static bool IsNamed(ITypeSymbol? type, string namespaceName, string name) =>
            type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == namespaceName;

        [MethodImpl(HotPath.AggressiveOptimization)]
        internal static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

        /// <summary><paramref name="type"/> itself, or its <c>T</c> when it is <c>T?</c> of a value type.</summary>
        [MethodImpl(HotPath.AggressiveOptimization)]
        internal static ITypeSymbol? WithoutNullable(ITypeSymbol? type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

        /// <summary>int, long, float, double or decimal (or their nullable forms): a number that carries no unit.</summary>
        [MethodImpl(HotPath.AggressiveOptimization)]
        internal static bool IsUnitlessNumber(ITypeSymbol? type) =>
            WithoutNullable(type)?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Single
                or SpecialType.System_Double or SpecialType.System_Decimal;

        /// <summary>
        /// True for a generated value object (whose generated <c>ToString()</c> redacts when it is <c>[Sensitive]</c>).
        /// </summary>
        internal bool IsValueObject(ITypeSymbol? type)
        {
            if (ValueObject is null || WithoutNullable(type) is not { } value)
            {
                return false;
            }

            foreach (INamedTypeSymbol implemented in value.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, ValueObject))
                {
                    return true;
                }
            }

            return false;
        }

        internal bool IsSensitive(ITypeSymbol? type)
        {
            if (SensitiveAttribute is null || WithoutNullable(type) is not INamedTypeSymbol named)
            {
                return false;
            }

            foreach (AttributeData attribute in named.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, SensitiveAttribute))
                {
                    return true;
                }
            }

            return false;
        }

        // Types are looked up in the SDK's own assemblies only: Compilation.GetTypeByMetadataName searches every reference
        // (about 170 in a .NET project) and builds their name tables, a cost the compiler does not otherwise pay.
        private sealed class Types
        {
            internal Types(Compilation compilation)
            {
                IAssemblySymbol? primitives = SdkReferences.AssemblyNamed(compilation, SdkReferences.PrimitivesName);
                IAssemblySymbol? domain = SdkReferences.AssemblyNamed(compilation, SdkReferences.DomainName);
                SensitiveAttribute = primitives?.GetTypeByMetadataName("AllTx.SensitiveAttribute");
                ValueObject = primitives?.GetTypeByMetadataName("AllTx.IValueObject`2");
                Drug = domain?.GetTypeByMetadataName("AllTx.Domain.Drugs.Drug");
                Dose = domain?.GetTypeByMetadataName("AllTx.Domain.Dosing.Dose");
                DoseUnit = domain?.GetTypeByMetadataName("AllTx.Domain.Dosing.DoseUnit");
                RadiationDose = domain?.GetTypeByMetadataName("AllTx.Domain.Radiotherapy.RadiationDose");
                CellPopulation = domain?.GetTypeByMetadataName("AllTx.Domain.Dosing.CellPopulation");
                Unit = domain?.GetTypeByMetadataName("AllTx.Domain.Units.Unit");
                Quantity = domain?.GetTypeByMetadataName("AllTx.Domain.Units.Quantity");
                LabValue = domain?.GetTypeByMetadataName("AllTx.Domain.Laboratory.LabValue");
                MrdResult = domain?.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdResult");
                MrdMethod = domain?.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdMethod");
                MrdLevel = domain?.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdLevel");
                AssaySensitivity = domain?.GetTypeByMetadataName("AllTx.Domain.Mrd.AssaySensitivity");
                NegativeOutcome = domain?.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdOutcome+Negative");
                MrdNegativeStatus = domain?.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdStatus+MrdNegative");
            }

            internal INamedTypeSymbol? SensitiveAttribute { get; }

            internal INamedTypeSymbol? ValueObject { get; }

            internal INamedTypeSymbol? Drug { get; }

            internal INamedTypeSymbol? Dose { get; }

            internal INamedTypeSymbol? DoseUnit { get; }

            internal INamedTypeSymbol? RadiationDose { get; }

            internal INamedTypeSymbol? CellPopulation { get; }

            internal INamedTypeSymbol? Unit { get; }

            internal INamedTypeSymbol? Quantity { get; }

            internal INamedTypeSymbol? LabValue { get; }

            internal INamedTypeSymbol? MrdResult { get; }

            internal INamedTypeSymbol? MrdMethod { get; }

            internal INamedTypeSymbol? MrdLevel { get; }

            internal INamedTypeSymbol? AssaySensitivity { get; }

            internal INamedTypeSymbol? NegativeOutcome { get; }

            internal INamedTypeSymbol? MrdNegativeStatus { get; }
        }
    }
}
