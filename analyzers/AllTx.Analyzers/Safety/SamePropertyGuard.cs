using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// Whether the code around an operation has already established <c>a.P == b.P</c> for two receivers: an enclosing
    /// <c>if</c> / <c>?:</c> / <c>&amp;&amp;</c> whose condition requires it, a <c>||</c> whose left side is false only when
    /// it holds (<c>a.Unit != b.Unit || a.Amount &gt; b.Amount</c>), or an earlier <c>if (a.P != b.P) return/throw</c>
    /// in an enclosing block. Used so that a raw comparison that has checked its units (ATX1004) or methods (ATX2002) first
    /// is not reported.
    /// </summary>
    internal static class SamePropertyGuard
    {
        internal static bool Holds(IOperation operation, IOperation left, IOperation right, string property)
        {
            IOperation current = operation;
            for (IOperation? parent = operation.Parent; parent is not null; current = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } conjunction when conjunction.RightOperand == current
                        && Proves(conjunction.LeftOperand, true, left, right, property):
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } disjunction when disjunction.RightOperand == current
                        && Proves(disjunction.LeftOperand, false, left, right, property):
                    case IConditionalOperation conditional when conditional.WhenTrue == current
                        && Proves(conditional.Condition, true, left, right, property):
                    case IConditionalOperation otherwise when otherwise.WhenFalse == current
                        && Proves(otherwise.Condition, false, left, right, property):
                        return true;
                    case IBlockOperation block when EarlierExitGuards(block, current, left, right, property):
                        return true;
                    case IAnonymousFunctionOperation or ILocalFunctionOperation:
                        return false;
                }
            }

            return false;
        }

        private static bool EarlierExitGuards(IBlockOperation block, IOperation statement, IOperation left, IOperation right, string property)
        {
            foreach (IOperation earlier in block.Operations)
            {
                if (earlier == statement)
                {
                    return false;
                }

                if (earlier is IConditionalOperation { WhenFalse: null } guard && Exits(guard.WhenTrue) && Proves(guard.Condition, false, left, right, property))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Exits(IOperation operation) => operation switch
        {
            IReturnOperation or IThrowOperation or IBranchOperation => true,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IBlockOperation block => block.Operations.Length > 0 && Exits(block.Operations[block.Operations.Length - 1]),
            _ => false,
        };

        // Whether `condition` evaluating to `whenTrue` implies left.P == right.P.
        private static bool Proves(IOperation condition, bool whenTrue, IOperation left, IOperation right, string property)
        {
            condition = OperationPaths.WithoutConversions(condition);
            switch (condition)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } negation:
                    return Proves(negation.Operand, !whenTrue, left, right, property);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } conjunction when whenTrue:
                    return Proves(conjunction.LeftOperand, true, left, right, property) || Proves(conjunction.RightOperand, true, left, right, property);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } disjunction when !whenTrue:
                    return Proves(disjunction.LeftOperand, false, left, right, property) || Proves(disjunction.RightOperand, false, left, right, property);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality
                    when (equality.OperatorKind == BinaryOperatorKind.Equals) == whenTrue:
                    return ComparesProperty(equality.LeftOperand, equality.RightOperand, left, right, property);
                default:
                    return false;
            }
        }

        private static bool ComparesProperty(IOperation a, IOperation b, IOperation left, IOperation right, string property)
        {
            if (OperationPaths.WithoutConversions(a) is not IPropertyReferenceOperation first || first.Property.Name != property
                || OperationPaths.WithoutConversions(b) is not IPropertyReferenceOperation second || second.Property.Name != property)
            {
                return false;
            }

            IOperation? x = OperationPaths.Receiver(first);
            IOperation? y = OperationPaths.Receiver(second);
            return (OperationPaths.SameSyntax(x, left) && OperationPaths.SameSyntax(y, right))
                || (OperationPaths.SameSyntax(x, right) && OperationPaths.SameSyntax(y, left));
        }
    }
}
