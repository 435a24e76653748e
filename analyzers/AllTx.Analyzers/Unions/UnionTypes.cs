using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Unions
{
    /// <summary>
    /// Recognises unions in one compilation: <c>OneOf.OneOf&lt;…&gt;</c> of the OneOf package and every class deriving
    /// from <c>OneOf.OneOfBase&lt;…&gt;</c>, the SDK's <c>[AllTx.Union]</c> classes among them (cases: the type
    /// arguments), and <c>[AllTx.Union]</c> abstract records (cases: their nested types deriving from them). Created once
    /// per compilation; the attribute and the OneOf types are looked up in AllTx.Primitives and OneOf on first use, from
    /// an analysis action (see <see cref="SdkReferences"/> for why not earlier).
    /// </summary>
    internal sealed class UnionTypes
    {
        private const string OneOfAssemblyName = "OneOf";
        private const int MinOneOfArity = 1;
        private const int MaxOneOfArity = 9;

        private readonly Lazy<Symbols> _symbols;

        private UnionTypes(Compilation compilation)
        {
            _symbols = new Lazy<Symbols>(() => new Symbols(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>Null when the compilation does not reference AllTx.Primitives: then there is nothing to analyze.</summary>
        public static UnionTypes? Create(Compilation compilation) =>
            SdkReferences.Of(compilation).Primitives ? new UnionTypes(compilation) : null;

        public bool IsOneOf(ITypeSymbol? type) =>
            type is INamedTypeSymbol { IsGenericType: true } named && _symbols.Value.OneOfDefinitions.Contains(named.OriginalDefinition);

        public bool IsNamedUnion(ITypeSymbol? type) =>
            type is INamedTypeSymbol { IsAbstract: true, IsRecord: true, TypeKind: TypeKind.Class } named && IsMarkedUnion(named);

        /// <summary>The <c>OneOf.OneOfBase&lt;…&gt;</c> that <paramref name="type"/> derives from, or null.</summary>
        public static INamedTypeSymbol? OneOfBaseOf(ITypeSymbol? type)
        {
            for (INamedTypeSymbol? current = type?.BaseType; current is not null; current = current.BaseType)
            {
                if (IsOneOfBase(current))
                {
                    return current;
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="type"/> carries <c>[AllTx.Union]</c>, whether or not it is a valid union.</summary>
        public bool IsMarkedUnion(INamedTypeSymbol type) =>
            _symbols.Value.UnionAttribute is { } unionAttribute
            && type.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, unionAttribute));

        /// <summary>The cases of a named union: its nested types that derive directly from it, in declaration order.</summary>
        public static ImmutableArray<INamedTypeSymbol> CasesOf(INamedTypeSymbol union) =>
            union.GetTypeMembers()
                .Where(member => SymbolEqualityComparer.Default.Equals(member.BaseType, union))
                .ToImmutableArray();

        /// <summary>True for a constructed <c>OneOf.OneOfBase&lt;T0, …, T8&gt;</c> of the OneOf package.</summary>
        public static bool IsOneOfBase(INamedTypeSymbol? type) =>
            type is { Name: "OneOfBase", Arity: > 0 and <= MaxOneOfArity, ContainingNamespace: { Name: "OneOf", ContainingNamespace.IsGlobalNamespace: true } };

        public bool IsUnion(ITypeSymbol? type) => IsOneOf(type) || IsNamedUnion(type) || OneOfBaseOf(type) is not null;

        /// <summary>
        /// The union a switch looks at: a named union value, or <c>oneOf.Value</c>; null for any other switched value.
        /// </summary>
        public UnionSubject? SubjectOf(IOperation switchedValue)
        {
            IOperation value = switchedValue;
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            if (IsNamedUnion(value.Type))
            {
                var union = (INamedTypeSymbol)value.Type!;
                ImmutableArray<ITypeSymbol> cases = CasesOf(union).CastArray<ITypeSymbol>();
                return cases.IsEmpty ? null : new UnionSubject(union.Name, cases);
            }

            if (value is IPropertyReferenceOperation { Property.Name: "Value", Instance: { Type: INamedTypeSymbol oneOf } }
                && (IsOneOf(oneOf) ? oneOf : OneOfBaseOf(oneOf)) is { } caseSource)
            {
                return new UnionSubject(
                    oneOf.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + ".Value",
                    caseSource.TypeArguments);
            }

            return null;
        }

        // Looked up in AllTx.Primitives and OneOf only: Compilation.GetTypeByMetadataName searches every reference.
        private sealed class Symbols
        {
            internal Symbols(Compilation compilation)
            {
                IAssemblySymbol? primitives = SdkReferences.AssemblyNamed(compilation, SdkReferences.PrimitivesName);
                IAssemblySymbol? oneOf = SdkReferences.AssemblyNamed(compilation, OneOfAssemblyName);
                UnionAttribute = primitives?.GetTypeByMetadataName("AllTx.UnionAttribute");
                OneOfDefinitions = Enumerable.Range(MinOneOfArity, MaxOneOfArity - MinOneOfArity + 1)
                    .Select(arity => oneOf?.GetTypeByMetadataName("OneOf.OneOf`" + arity))
                    .Where(type => type is not null)
                    .Select(type => type!)
                    .ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            }

            internal INamedTypeSymbol? UnionAttribute { get; }

            internal ImmutableHashSet<INamedTypeSymbol> OneOfDefinitions { get; }
        }
    }

    /// <summary>A switched-on union: its display name and its case types in order.</summary>
    internal sealed class UnionSubject
    {
        public UnionSubject(string displayName, ImmutableArray<ITypeSymbol> cases)
        {
            DisplayName = displayName;
            Cases = cases;
        }

        public string DisplayName { get; }

        public ImmutableArray<ITypeSymbol> Cases { get; }
    }
}
