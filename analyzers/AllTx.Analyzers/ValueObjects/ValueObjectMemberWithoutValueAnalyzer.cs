using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.ValueObjects
{
    /// <summary>
    /// ATX3005: an instance field or auto-property of a class or record whose type is a (non-nullable) struct value
    /// object, with no initialiser, not <c>required</c>, and not assigned by every constructor, so it starts
    /// uninitialised. (Class value objects are covered by the compiler's nullable warning CS8618.)
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ValueObjectMemberWithoutValueAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.ValueObjectMemberWithoutValue);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                ValueObjectTypes? types = ValueObjectTypes.Create(start.Compilation);
                if (types is not null)
                {
                    start.RegisterSymbolAction(c => Analyze(c, types), SymbolKind.Field, SymbolKind.Property);
                }
            });
        }

        private static void Analyze(SymbolAnalysisContext context, ValueObjectTypes types)
        {
            ISymbol member = context.Symbol;
            if (member.IsStatic || member.IsImplicitlyDeclared || member.ContainingType.TypeKind != TypeKind.Class)
            {
                return;
            }

            // The type first (no syntax needed): almost no member holds a struct value object.
            ITypeSymbol? type = member switch
            {
                IFieldSymbol { IsConst: false, IsRequired: false } field => field.Type,
                IPropertySymbol { IsRequired: false, IsAbstract: false } property => property.Type,
                _ => null,
            };
            if (!types.IsStructValueObject(type))
            {
                return;
            }

            SyntaxNode? declaration = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken);
            bool withoutInitializer = declaration switch
            {
                VariableDeclaratorSyntax { Initializer: null } => member is IFieldSymbol,
                PropertyDeclarationSyntax { Initializer: null, ExpressionBody: null, AccessorList: { } accessors } =>
                    member is IPropertySymbol && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null),
                _ => false,
            };
            if (!withoutInitializer || EveryConstructorAssigns(member, context))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ValueObjectMemberWithoutValue,
                member.Locations[0],
                member.Name,
                type!.Name));
        }

        private static bool EveryConstructorAssigns(ISymbol member, SymbolAnalysisContext context)
        {
            bool anyConstructor = false;
            foreach (IMethodSymbol constructor in member.ContainingType.InstanceConstructors)
            {
                if (constructor.IsImplicitlyDeclared)
                {
                    continue;
                }

                foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(context.CancellationToken) is not ConstructorDeclarationSyntax syntax)
                    {
                        return false;
                    }

                    anyConstructor = true;
                    bool delegates = syntax.Initializer?.IsKind(SyntaxKind.ThisConstructorInitializer) ?? false;
                    if (!delegates && !Assigns(syntax, member.Name))
                    {
                        return false;
                    }
                }
            }

            return anyConstructor;
        }

        private static bool Assigns(ConstructorDeclarationSyntax constructor, string name) =>
            constructor.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(assignment => assignment.Left switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText == name,
                _ => false,
            });
    }
}
