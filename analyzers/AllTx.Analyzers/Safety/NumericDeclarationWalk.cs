using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// Visits every numeric field, property and parameter of a compilation, and every numeric local, once, and hands each
    /// to the <see cref="NumericDeclarationRule"/>s that accept it. The type test runs first, then the rules' name and
    /// symbol filters, and only then is the declaration's syntax read (DeclaringSyntaxReferences allocates); a local's name
    /// is filtered before the local is bound. A declaration whose syntax is still being typed (it contains syntax errors, or
    /// has no name yet) is skipped: the IDE runs analyzers on every keystroke.
    /// </summary>
    internal sealed class NumericDeclarationWalk
    {
        private readonly NumericDeclarationRule[] _rules;

        // Bit i stands for _rules[i].
        private readonly int _allRules;
        private readonly int _localRules;

        private NumericDeclarationWalk(NumericDeclarationRule[] rules)
        {
            _rules = rules;
            for (int i = 0; i < rules.Length; i++)
            {
                _allRules |= 1 << i;
                _localRules |= rules[i].CoversLocals ? 1 << i : 0;
            }
        }

        internal static void Register(CompilationStartAnalysisContext start, params NumericDeclarationRule[] rules)
        {
            var walk = new NumericDeclarationWalk(rules);
            start.RegisterSymbolAction(walk.VisitMember, SymbolKind.Field, SymbolKind.Property);
            start.RegisterSymbolAction(
                context => walk.VisitParameters((IMethodSymbol)context.Symbol, context.Options, context.ReportDiagnostic, context.CancellationToken),
                SymbolKind.Method);
            start.RegisterSyntaxNodeAction(walk.VisitLocalFunction, SyntaxKind.LocalFunctionStatement);
            if (walk._localRules != 0)
            {
                start.RegisterSyntaxNodeAction(walk.VisitLocals, SyntaxKind.LocalDeclarationStatement);
            }
        }

        [MethodImpl(HotPath.AggressiveOptimization)]
        private void VisitMember(SymbolAnalysisContext context)
        {
            ISymbol symbol = context.Symbol;
            if (symbol.IsImplicitlyDeclared || symbol.IsOverride)
            {
                return;
            }

            ITypeSymbol? type = symbol switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol { IsIndexer: false, ExplicitInterfaceImplementations.Length: 0 } property => property.Type,
                _ => null,
            };
            int accepted;
            if (!SdkSymbols.IsUnitlessNumber(type)
                || symbol.Locations is not { Length: > 0 } locations
                || locations[0].SourceTree is not { } tree
                || (accepted = AcceptingSymbol(AcceptingName(_allRules, symbol.Name, context.Options, tree), symbol)) == 0
                || symbol.DeclaringSyntaxReferences is not { Length: > 0 } references)
            {
                return;
            }

            // Positional record properties are declared by their parameter, which is reported instead.
            NumericDeclaration? declaration = references[0].GetSyntax(context.CancellationToken) switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } declarator when IsComplete(variables, symbol.Name) =>
                    new NumericDeclaration(symbol, variables.Type, declarator.Initializer is not null),
                PropertyDeclarationSyntax property when IsComplete(property, symbol.Name) =>
                    new NumericDeclaration(symbol, property.Type, property.Initializer is not null || property.ExpressionBody is not null),
                _ => null,
            };
            if (declaration is not null)
            {
                Report(declaration, accepted, context.ReportDiagnostic);
            }
        }

        private void VisitLocalFunction(SyntaxNodeAnalysisContext context)
        {
            // A local function without parameters has nothing to check: skip the semantic model.
            if (((LocalFunctionStatementSyntax)context.Node).ParameterList.Parameters.Count > 0
                && context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is IMethodSymbol localFunction)
            {
                VisitParameters(localFunction, context.Options, context.ReportDiagnostic, context.CancellationToken);
            }
        }

        [MethodImpl(HotPath.AggressiveOptimization)]
        private void VisitParameters(IMethodSymbol method, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            // The method kind first: it rules out accessors and operators (most methods of a type) without allocating.
            if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.DelegateInvoke or MethodKind.LocalFunction)
                || method.IsImplicitlyDeclared || method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty)
            {
                return;
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                int accepted;
                if (SdkSymbols.IsUnitlessNumber(parameter.Type)
                    && parameter.Locations is { Length: > 0 } locations
                    && locations[0].SourceTree is { } tree
                    && (accepted = AcceptingSymbol(AcceptingName(_allRules, parameter.Name, options, tree), parameter)) != 0
                    && parameter.DeclaringSyntaxReferences is { Length: > 0 } references
                    && references[0].GetSyntax(cancellationToken) is ParameterSyntax { Type: { } type } syntax
                    && IsComplete(syntax, parameter.Name))
                {
                    Report(new NumericDeclaration(parameter, type, syntax.Default is not null), accepted, report);
                }
            }
        }

        [MethodImpl(HotPath.AggressiveOptimization)]
        private void VisitLocals(SyntaxNodeAnalysisContext context)
        {
            var statement = (LocalDeclarationStatementSyntax)context.Node;
            foreach (VariableDeclaratorSyntax variable in statement.Declaration.Variables)
            {
                string name = variable.Identifier.ValueText;
                int named = AcceptingName(_localRules, name, context.Options, statement.SyntaxTree);
                int accepted;
                if (named != 0
                    && IsComplete(statement.Declaration, name)
                    && context.SemanticModel.GetDeclaredSymbol(variable, context.CancellationToken) is ILocalSymbol local
                    && SdkSymbols.IsUnitlessNumber(local.Type)
                    && (accepted = AcceptingSymbol(named, local)) != 0)
                {
                    Report(new NumericDeclaration(local, statement.Declaration.Type, variable.Initializer is not null), accepted, context.ReportDiagnostic);
                }
            }
        }

        /// <summary>The rules among <paramref name="candidates"/> that accept the name.</summary>
        [MethodImpl(HotPath.AggressiveOptimization)]
        private int AcceptingName(int candidates, string name, AnalyzerOptions options, SyntaxTree tree)
        {
            int accepted = 0;
            for (int i = 0; i < _rules.Length; i++)
            {
                if ((candidates & (1 << i)) != 0 && _rules[i].AcceptsName(name, options, tree))
                {
                    accepted |= 1 << i;
                }
            }

            return accepted;
        }

        /// <summary>The rules among <paramref name="candidates"/> that accept the symbol.</summary>
        [MethodImpl(HotPath.AggressiveOptimization)]
        private int AcceptingSymbol(int candidates, ISymbol symbol)
        {
            int accepted = 0;
            for (int i = 0; i < _rules.Length; i++)
            {
                if ((candidates & (1 << i)) != 0 && _rules[i].AcceptsSymbol(symbol))
                {
                    accepted |= 1 << i;
                }
            }

            return accepted;
        }

        private void Report(NumericDeclaration declaration, int accepted, Action<Diagnostic> report)
        {
            for (int i = 0; i < _rules.Length; i++)
            {
                if ((accepted & (1 << i)) != 0)
                {
                    report(_rules[i].Diagnose(declaration));
                }
            }
        }

        // A field or local is judged by its whole declaration (a missing semicolon belongs to the statement, not the variable).
        [MethodImpl(HotPath.AggressiveOptimization)]
        private static bool IsComplete(SyntaxNode declaration, string name) =>
            name.Length > 0 && !(declaration is VariableDeclarationSyntax { Parent: { } statement } ? statement : declaration).ContainsDiagnostics;
    }
}
