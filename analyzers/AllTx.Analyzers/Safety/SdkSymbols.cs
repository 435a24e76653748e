using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// The SDK and framework types the safety analyzers (ATX1xxx, ATX2xxx, ATX6001) look for, resolved once per compilation
    /// and shared by every analyzer. <see cref="For"/> returns null when the compilation references neither AllTx.Primitives
    /// nor AllTx.Domain, so that the analyzers register nothing at all there; domain types are null when only
    /// AllTx.Primitives is referenced.
    /// </summary>
    internal sealed class SdkSymbols
    {
        private static readonly ConditionalWeakTable<Compilation, SdkSymbols> Cache = new ConditionalWeakTable<Compilation, SdkSymbols>();
        private static readonly ConditionalWeakTable<Compilation, SdkSymbols>.CreateValueCallback Resolve = compilation => new SdkSymbols(compilation);

        // Types are looked up in the SDK's own assemblies only: Compilation.GetTypeByMetadataName searches every reference
        // (about 170 in a .NET project) and builds their name tables, a cost the compiler does not otherwise pay.
        private SdkSymbols(Compilation compilation)
        {
            IAssemblySymbol? primitives = AssemblyNamed(compilation, "AllTx.Primitives");
            IAssemblySymbol? domain = AssemblyNamed(compilation, "AllTx.Domain");
            SensitiveAttribute = primitives?.GetTypeByMetadataName("AllTx.SensitiveAttribute");
            ValueObject = primitives?.GetTypeByMetadataName("AllTx.IValueObject`2");
            Drug = domain?.GetTypeByMetadataName("AllTx.Domain.Drugs.Drug");
            Dose = domain?.GetTypeByMetadataName("AllTx.Domain.Dosing.Dose");
            DoseUnit = domain?.GetTypeByMetadataName("AllTx.Domain.Dosing.DoseUnit");
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

        /// <summary><c>AllTx.SensitiveAttribute</c> (AllTx.Primitives).</summary>
        internal INamedTypeSymbol? SensitiveAttribute { get; }

        /// <summary><c>AllTx.IValueObject&lt;TSelf, TValue&gt;</c>, implemented by every generated value object.</summary>
        internal INamedTypeSymbol? ValueObject { get; }

        internal INamedTypeSymbol? Drug { get; }

        internal INamedTypeSymbol? Dose { get; }

        internal INamedTypeSymbol? DoseUnit { get; }

        internal INamedTypeSymbol? CellPopulation { get; }

        internal INamedTypeSymbol? Unit { get; }

        internal INamedTypeSymbol? Quantity { get; }

        internal INamedTypeSymbol? LabValue { get; }

        internal INamedTypeSymbol? MrdResult { get; }

        internal INamedTypeSymbol? MrdMethod { get; }

        internal INamedTypeSymbol? MrdLevel { get; }

        internal INamedTypeSymbol? AssaySensitivity { get; }

        /// <summary><c>MrdOutcome.Negative</c>.</summary>
        internal INamedTypeSymbol? NegativeOutcome { get; }

        /// <summary><c>MrdStatus.MrdNegative</c>.</summary>
        internal INamedTypeSymbol? MrdNegativeStatus { get; }

        /// <summary>True when the compilation references AllTx.Domain (every domain type above is then resolved).</summary>
        internal bool HasDomain => Drug is not null && Dose is not null && Quantity is not null && LabValue is not null && MrdResult is not null;

        /// <summary>True when <paramref name="type"/> is <c>namespaceName.name</c> (for framework types, compared by name).</summary>
        internal static bool IsNamed(ITypeSymbol? type, string namespaceName, string name) =>
            type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == namespaceName;

        /// <summary>The symbols of <paramref name="compilation"/>; null when it references no part of the SDK.</summary>
        internal static SdkSymbols? For(Compilation compilation)
        {
            SdkSymbols symbols = Cache.GetValue(compilation, Resolve);
            return symbols.SensitiveAttribute is null && symbols.Drug is null ? null : symbols;
        }

        private static IAssemblySymbol? AssemblyNamed(Compilation compilation, string name)
        {
            if (compilation.Assembly.Name == name)
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

        internal static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

        /// <summary><paramref name="type"/> itself, or its <c>T</c> when it is <c>T?</c> of a value type.</summary>
        internal static ITypeSymbol? WithoutNullable(ITypeSymbol? type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

        /// <summary>int, long, float, double or decimal (or their nullable forms): a number that carries no unit.</summary>
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
    }
}
