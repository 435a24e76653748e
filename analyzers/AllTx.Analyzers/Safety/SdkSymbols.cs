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

        private SdkSymbols(Compilation compilation)
        {
            SensitiveAttribute = compilation.GetTypeByMetadataName("AllTx.SensitiveAttribute");
            ValueObject = compilation.GetTypeByMetadataName("AllTx.IValueObject`2");
            Drug = compilation.GetTypeByMetadataName("AllTx.Domain.Drugs.Drug");
            Dose = compilation.GetTypeByMetadataName("AllTx.Domain.Dosing.Dose");
            DoseUnit = compilation.GetTypeByMetadataName("AllTx.Domain.Dosing.DoseUnit");
            CellPopulation = compilation.GetTypeByMetadataName("AllTx.Domain.Dosing.CellPopulation");
            Unit = compilation.GetTypeByMetadataName("AllTx.Domain.Units.Unit");
            Quantity = compilation.GetTypeByMetadataName("AllTx.Domain.Units.Quantity");
            LabValue = compilation.GetTypeByMetadataName("AllTx.Domain.Laboratory.LabValue");
            MrdResult = compilation.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdResult");
            MrdMethod = compilation.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdMethod");
            MrdLevel = compilation.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdLevel");
            AssaySensitivity = compilation.GetTypeByMetadataName("AllTx.Domain.Mrd.AssaySensitivity");
            NegativeOutcome = compilation.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdOutcome+Negative");
            MrdNegativeStatus = compilation.GetTypeByMetadataName("AllTx.Domain.Mrd.MrdStatus+MrdNegative");
            Exception = compilation.GetTypeByMetadataName("System.Exception");
            Console = compilation.GetTypeByMetadataName("System.Console");
            Debug = compilation.GetTypeByMetadataName("System.Diagnostics.Debug");
            Trace = compilation.GetTypeByMetadataName("System.Diagnostics.Trace");
            Logger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
            LoggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
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

        internal INamedTypeSymbol? Exception { get; }

        internal INamedTypeSymbol? Console { get; }

        internal INamedTypeSymbol? Debug { get; }

        internal INamedTypeSymbol? Trace { get; }

        internal INamedTypeSymbol? Logger { get; }

        internal INamedTypeSymbol? LoggerExtensions { get; }

        /// <summary>True when the compilation references AllTx.Domain (every domain type above is then resolved).</summary>
        internal bool HasDomain => Drug is not null && Dose is not null && Quantity is not null && LabValue is not null && MrdResult is not null;

        /// <summary>The symbols of <paramref name="compilation"/>; null when it references no part of the SDK.</summary>
        internal static SdkSymbols? For(Compilation compilation)
        {
            SdkSymbols symbols = Cache.GetValue(compilation, Resolve);
            return symbols.SensitiveAttribute is null && symbols.Drug is null ? null : symbols;
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
