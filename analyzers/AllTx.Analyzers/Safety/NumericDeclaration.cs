using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// A field, property, parameter or local declared in source with a unitless number type (see
    /// <see cref="SdkSymbols.IsUnitlessNumber"/>), handed to the ATX1001 / ATX1002 / ATX2001 checks with the type syntax to
    /// report on (and that their code fix replaces). A declaration whose syntax is still being typed (it contains syntax
    /// errors, or has no name yet) is skipped: the IDE runs analyzers on every keystroke.
    /// </summary>
    internal sealed class NumericDeclaration
    {
        private NumericDeclaration(ISymbol symbol, TypeSyntax typeSyntax, bool hasInitializer)
        {
            Symbol = symbol;
            TypeSyntax = typeSyntax;
            HasInitializer = hasInitializer;
        }

        /// <summary>The field, property, parameter or local.</summary>
        internal ISymbol Symbol { get; }

        internal string Name => Symbol.Name;

        /// <summary>The declared type, e.g. <c>decimal</c> in <c>decimal Dose { get; }</c>.</summary>
        internal TypeSyntax TypeSyntax { get; }

        /// <summary>True when the declaration has an initialiser or a default value (a type change alone would not compile).</summary>
        internal bool HasInitializer { get; }

        /// <summary>
        /// Calls <paramref name="onDeclaration"/> for every numeric field, property and parameter of the compilation — and
        /// local, when <paramref name="includeLocals"/> — whose name passes <paramref name="nameFilter"/> and whose symbol
        /// passes <paramref name="symbolFilter"/> (when given). Both filters run before the declaration's syntax is read, and
        /// on locals and local functions (found by syntax) the name filter runs before any semantic work.
        /// </summary>
        internal static void Register(
            CompilationStartAnalysisContext start,
            Func<AnalyzerOptions, SyntaxTree, string, bool> nameFilter,
            bool includeLocals,
            Action<NumericDeclaration, AnalyzerOptions, Action<Diagnostic>> onDeclaration,
            Func<ISymbol, bool>? symbolFilter = null)
        {
            symbolFilter ??= _ => true;
            start.RegisterSymbolAction(
                context =>
                {
                    NumericDeclaration? declaration = FromMember(context.Symbol, context.Options, nameFilter, symbolFilter, context.CancellationToken);
                    if (declaration is not null)
                    {
                        onDeclaration(declaration, context.Options, context.ReportDiagnostic);
                    }
                },
                SymbolKind.Field,
                SymbolKind.Property);
            start.RegisterSymbolAction(
                context => VisitParameters((IMethodSymbol)context.Symbol, context.Options, context.ReportDiagnostic, nameFilter, symbolFilter, onDeclaration, context.CancellationToken),
                SymbolKind.Method);
            start.RegisterSyntaxNodeAction(
                context =>
                {
                    // A local function without parameters has nothing to check: skip the semantic model.
                    if (((LocalFunctionStatementSyntax)context.Node).ParameterList.Parameters.Count > 0
                        && context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is IMethodSymbol localFunction)
                    {
                        VisitParameters(localFunction, context.Options, context.ReportDiagnostic, nameFilter, symbolFilter, onDeclaration, context.CancellationToken);
                    }
                },
                SyntaxKind.LocalFunctionStatement);
            if (includeLocals)
            {
                start.RegisterSyntaxNodeAction(context => VisitLocals(context, nameFilter, symbolFilter, onDeclaration), SyntaxKind.LocalDeclarationStatement);
            }
        }

        private static void VisitLocals(
            SyntaxNodeAnalysisContext context,
            Func<AnalyzerOptions, SyntaxTree, string, bool> nameFilter,
            Func<ISymbol, bool> symbolFilter,
            Action<NumericDeclaration, AnalyzerOptions, Action<Diagnostic>> onDeclaration)
        {
            var statement = (LocalDeclarationStatementSyntax)context.Node;
            foreach (VariableDeclaratorSyntax variable in statement.Declaration.Variables)
            {
                string name = variable.Identifier.ValueText;
                if (nameFilter(context.Options, statement.SyntaxTree, name)
                    && IsComplete(statement.Declaration, name)
                    && context.SemanticModel.GetDeclaredSymbol(variable, context.CancellationToken) is ILocalSymbol local
                    && SdkSymbols.IsUnitlessNumber(local.Type)
                    && symbolFilter(local))
                {
                    onDeclaration(new NumericDeclaration(local, statement.Declaration.Type, variable.Initializer is not null), context.Options, context.ReportDiagnostic);
                }
            }
        }

        // A field or local is judged by its whole declaration (a missing semicolon belongs to the statement, not the variable).
        private static bool IsComplete(SyntaxNode declaration, string name) =>
            name.Length > 0 && !(declaration is VariableDeclarationSyntax { Parent: { } statement } ? statement : declaration).ContainsDiagnostics;

        private static NumericDeclaration? FromMember(
            ISymbol symbol,
            AnalyzerOptions options,
            Func<AnalyzerOptions, SyntaxTree, string, bool> nameFilter,
            Func<ISymbol, bool> symbolFilter,
            System.Threading.CancellationToken cancellationToken)
        {
            if (symbol.IsImplicitlyDeclared || symbol.IsOverride)
            {
                return null;
            }

            // The type, then the filters: DeclaringSyntaxReferences allocates, and most members are not unitless numbers or
            // fail a filter.
            ITypeSymbol? type = symbol switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol { IsIndexer: false, ExplicitInterfaceImplementations.Length: 0 } property => property.Type,
                _ => null,
            };
            if (!SdkSymbols.IsUnitlessNumber(type)
                || symbol.Locations is not { Length: > 0 } locations
                || locations[0].SourceTree is not { } tree
                || !nameFilter(options, tree, symbol.Name)
                || !symbolFilter(symbol)
                || symbol.DeclaringSyntaxReferences is not { Length: > 0 } references)
            {
                return null;
            }

            // Positional record properties are declared by their parameter, which is reported instead.
            return references[0].GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator when IsComplete(declaration, symbol.Name) =>
                    new NumericDeclaration(symbol, declaration.Type, declarator.Initializer is not null),
                PropertyDeclarationSyntax property when IsComplete(property, symbol.Name) =>
                    new NumericDeclaration(symbol, property.Type, property.Initializer is not null || property.ExpressionBody is not null),
                _ => null,
            };
        }

        private static void VisitParameters(
            IMethodSymbol method,
            AnalyzerOptions options,
            Action<Diagnostic> report,
            Func<AnalyzerOptions, SyntaxTree, string, bool> nameFilter,
            Func<ISymbol, bool> symbolFilter,
            Action<NumericDeclaration, AnalyzerOptions, Action<Diagnostic>> onDeclaration,
            System.Threading.CancellationToken cancellationToken)
        {
            // The method kind first: it rules out accessors and operators (most methods of a type) without allocating.
            if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.DelegateInvoke or MethodKind.LocalFunction)
                || method.IsImplicitlyDeclared || method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty)
            {
                return;
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                // The name filter (no allocation) before DeclaringSyntaxReferences (allocates): most parameters fail it.
                if (SdkSymbols.IsUnitlessNumber(parameter.Type)
                    && parameter.Locations is { Length: > 0 } locations
                    && locations[0].SourceTree is { } tree
                    && nameFilter(options, tree, parameter.Name)
                    && symbolFilter(parameter)
                    && parameter.DeclaringSyntaxReferences is { Length: > 0 } references
                    && references[0].GetSyntax(cancellationToken) is ParameterSyntax { Type: { } type } syntax
                    && IsComplete(syntax, parameter.Name))
                {
                    onDeclaration(new NumericDeclaration(parameter, type, syntax.Default is not null), options, report);
                }
            }
        }
    }
}
