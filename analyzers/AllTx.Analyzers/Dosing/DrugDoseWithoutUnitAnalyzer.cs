using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// ATX1001: a <c>Drug</c> paired with a unitless number (int, long, float, double, decimal) as its amount — in a tuple
    /// type or literal, an anonymous object, or a call to a constructor from another assembly. Numbers named as counts,
    /// indexes, times or prices (<c>cycleDay</c>, <c>price</c>) are not amounts and are not reported. A type's fields and
    /// properties and a signature's parameters are checked by <see cref="Safety.NumericDeclarationAnalyzer"/>
    /// (<see cref="DrugDoseDeclarationRule"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DrugDoseWithoutUnitAnalyzer : SdkSafetyAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DrugDoseWithoutUnit);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            // Drug is resolved on first use, inside the actions (see SdkSymbols).
            System.Action<TContext> WithDrug<TContext>(System.Action<TContext, INamedTypeSymbol> analyze) => context =>
            {
                if (symbols.Drug is { } drug)
                {
                    analyze(context, drug);
                }
            };

            start.RegisterSyntaxNodeAction(WithDrug<SyntaxNodeAnalysisContext>(AnalyzeTupleType), SyntaxKind.TupleType);
            start.RegisterOperationAction(WithDrug<OperationAnalysisContext>(AnalyzeTupleLiteral), OperationKind.Tuple);
            start.RegisterOperationAction(WithDrug<OperationAnalysisContext>(AnalyzeAnonymousObject), OperationKind.AnonymousObjectCreation);
            start.RegisterOperationAction(WithDrug<OperationAnalysisContext>(AnalyzeCreation), OperationKind.ObjectCreation);
        }

        private static void AnalyzeTupleType(SyntaxNodeAnalysisContext context, INamedTypeSymbol drug)
        {
            var tuple = (TupleTypeSyntax)context.Node;
            if (!HasDrugElement(tuple, context.SemanticModel, drug, context.CancellationToken))
            {
                return;
            }

            foreach (TupleElementSyntax element in tuple.Elements)
            {
                string name = element.Identifier.ValueText;
                if (SdkSymbols.IsUnitlessNumber(context.SemanticModel.GetTypeInfo(element.Type, context.CancellationToken).Type)
                    && !AmountNames.IsNotAnAmount(name))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DrugDoseWithoutUnit, element.Type.GetLocation(), ReplacementTypes.Dose, tuple.ToString(), element.Type.ToString(), name.Length == 0 ? "unnamed element" : name));
                }
            }
        }

        private static bool HasDrugElement(TupleTypeSyntax tuple, SemanticModel model, INamedTypeSymbol drug, System.Threading.CancellationToken cancellationToken)
        {
            foreach (TupleElementSyntax element in tuple.Elements)
            {
                if (SdkSymbols.Is(model.GetTypeInfo(element.Type, cancellationToken).Type, drug))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AnalyzeTupleLiteral(OperationAnalysisContext context, INamedTypeSymbol drug)
        {
            var tuple = (ITupleOperation)context.Operation;
            // The variables of a deconstruction are declarations, reported where they are declared; a literal converted to
            // a tuple type is reported at that type.
            if (tuple.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == tuple
                || tuple.Parent is IDeclarationExpressionOperation
                || tuple.Parent is IConversionOperation { IsImplicit: true })
            {
                return;
            }

            bool hasDrug = false;
            foreach (IOperation element in tuple.Elements)
            {
                hasDrug |= SdkSymbols.Is(element.Type, drug);
            }

            if (!hasDrug)
            {
                return;
            }

            for (int i = 0; i < tuple.Elements.Length; i++)
            {
                IOperation element = tuple.Elements[i];
                string name = tuple.Type is INamedTypeSymbol { IsTupleType: true } type && i < type.TupleElements.Length ? type.TupleElements[i].Name : string.Empty;
                if (SdkSymbols.IsUnitlessNumber(element.Type) && !AmountNames.IsNotAnAmount(name) && !AmountNames.IsNotAnAmount(element.Syntax.ToString()))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DrugDoseWithoutUnit, element.Syntax.GetLocation(), tuple.Syntax.ToString(), element.Type!.ToDisplayString(), element.Syntax.ToString()));
                }
            }
        }

        private static void AnalyzeAnonymousObject(OperationAnalysisContext context, INamedTypeSymbol drug)
        {
            var creation = (IAnonymousObjectCreationOperation)context.Operation;
            bool hasDrug = false;
            foreach (IOperation initializer in creation.Initializers)
            {
                hasDrug |= initializer is IAssignmentOperation assignment && SdkSymbols.Is(assignment.Target.Type, drug);
            }

            if (!hasDrug)
            {
                return;
            }

            foreach (IOperation initializer in creation.Initializers)
            {
                if (initializer is IAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && SdkSymbols.IsUnitlessNumber(property.Type)
                    && !AmountNames.IsNotAnAmount(property.Property.Name))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DrugDoseWithoutUnit, assignment.Syntax.GetLocation(), "anonymous object", property.Property.Type.ToDisplayString(), property.Property.Name));
                }
            }
        }

        // Constructors declared in this compilation are reported at their declaration; only those of other assemblies here.
        private static void AnalyzeCreation(OperationAnalysisContext context, INamedTypeSymbol drug)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is not { } constructor || constructor.Locations.Length == 0 || constructor.Locations[0].IsInSource)
            {
                return;
            }

            bool hasDrug = false;
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                hasDrug |= SdkSymbols.Is(parameter.Type, drug);
            }

            if (!hasDrug)
            {
                return;
            }

            foreach (IArgumentOperation argument in creation.Arguments)
            {
                if (argument.Parameter is { } parameter && SdkSymbols.IsUnitlessNumber(parameter.Type) && !AmountNames.IsNotAnAmount(parameter.Name)
                    && !argument.IsImplicit)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DrugDoseWithoutUnit, argument.Syntax.GetLocation(), constructor.ContainingType.Name, parameter.Type.ToDisplayString(), parameter.Name));
                }
            }
        }
    }
}
