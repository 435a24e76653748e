using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Unions
{
    /// <summary>
    /// What a switch statement or expression over a union handles: the cases no unguarded arm handles, and the catch-all
    /// arm (<c>_</c>, <c>var x</c>, <c>default:</c>) if there is one. Shared by ATX4001, ATX4002 and the CS8509 suppressor.
    /// </summary>
    internal sealed class UnionSwitchAnalysis
    {
        private UnionSwitchAnalysis(UnionSubject subject, ImmutableArray<ITypeSymbol> missingCases, IOperation? catchAll)
        {
            Subject = subject;
            MissingCases = missingCases;
            CatchAll = catchAll;
        }

        public UnionSubject Subject { get; }

        /// <summary>The cases that no arm without a <c>when</c> guard handles (the catch-all arm not counted).</summary>
        public ImmutableArray<ITypeSymbol> MissingCases { get; }

        /// <summary>The <c>_</c> / <c>var</c> arm or <c>default:</c> clause, or null.</summary>
        public IOperation? CatchAll { get; }

        /// <summary>Null when <paramref name="switchOperation"/> is not a switch over a union.</summary>
        public static UnionSwitchAnalysis? Analyze(IOperation switchOperation, UnionTypes unionTypes)
        {
            var handled = new List<ITypeSymbol>();
            IOperation? catchAll = null;
            UnionSubject? subject;
            switch (switchOperation)
            {
                case ISwitchExpressionOperation switchExpression:
                    subject = unionTypes.SubjectOf(switchExpression.Value);
                    foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms.Where(arm => arm.Guard is null))
                    {
                        catchAll ??= IsCatchAll(arm.Pattern) ? arm : null;
                        AddHandledTypes(arm.Pattern, handled);
                    }

                    break;
                case ISwitchOperation switchStatement:
                    subject = unionTypes.SubjectOf(switchStatement.Value);
                    foreach (ICaseClauseOperation clause in switchStatement.Cases.SelectMany(section => section.Clauses))
                    {
                        if (clause is IDefaultCaseClauseOperation)
                        {
                            catchAll ??= clause;
                        }
                        else if (clause is IPatternCaseClauseOperation { Guard: null } patternClause)
                        {
                            catchAll ??= IsCatchAll(patternClause.Pattern) ? clause : null;
                            AddHandledTypes(patternClause.Pattern, handled);
                        }
                    }

                    break;
                default:
                    return null;
            }

            if (subject is null)
            {
                return null;
            }

            ImmutableArray<ITypeSymbol> missing = subject.Cases
                .Where(caseType => !handled.Any(type => IsSameOrBase(caseType, type)))
                .Distinct<ITypeSymbol>(SymbolEqualityComparer.Default)
                .ToImmutableArray();
            return new UnionSwitchAnalysis(subject, missing, catchAll);
        }

        private static bool IsCatchAll(IPatternOperation pattern) =>
            pattern is IDiscardPatternOperation or IDeclarationPatternOperation { MatchesNull: true };

        private static void AddHandledTypes(IPatternOperation pattern, List<ITypeSymbol> handled)
        {
            switch (pattern)
            {
                case ITypePatternOperation typePattern:
                    handled.Add(typePattern.MatchedType);
                    break;
                case IDeclarationPatternOperation { MatchedType: { } matchedType }:
                    handled.Add(matchedType);
                    break;
                case IRecursivePatternOperation { MatchedType: { } matchedType } recursive
                    when recursive.PropertySubpatterns.All(sub => IsIrrefutable(sub.Pattern))
                        && recursive.DeconstructionSubpatterns.All(IsIrrefutable):
                    handled.Add(matchedType);
                    break;
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                    AddHandledTypes(or.LeftPattern, handled);
                    AddHandledTypes(or.RightPattern, handled);
                    break;
            }
        }

        private static bool IsIrrefutable(IPatternOperation pattern) => IsCatchAll(pattern);

        private static bool IsSameOrBase(ITypeSymbol caseType, ITypeSymbol matchedType)
        {
            for (ITypeSymbol? type = caseType; type is not null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, matchedType))
                {
                    return true;
                }
            }

            return caseType.AllInterfaces.Contains(matchedType, SymbolEqualityComparer.Default);
        }
    }
}
