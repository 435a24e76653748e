using AllTx.CodeAnalysis.ValueObjects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Generators.ValueObjects.Rules
{
    /// <summary>
    /// For every Vogen value object (<c>[Vogen.ValueObject&lt;T&gt;]</c>) that declares rules (<c>[ValueRange]</c>,
    /// <c>[ValuePattern]</c>, <c>[ValueLength]</c>, <c>[NotEmpty]</c>), generates <c>CheckDeclaredRules(T)</c> and, when the
    /// type declares <c>private static partial Validation Validate(T value);</c> without a body, that body. Vogen sees the
    /// user's declaration (it cannot see members that only this generator writes), so it calls <c>Validate</c> in
    /// <c>From</c>, <c>TryFrom</c>, parsing and deserialisation. A rule-bearing type without such a declaration is
    /// reported by ATX3006. Vogen itself generates everything else.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class RuleCheckGenerator : IIncrementalGenerator
    {
        /// <summary>The tracking names of the pipeline steps (asserted by the incremental-caching tests).</summary>
        internal static class TrackingNames
        {
            internal const string Parse = "RuleChecks.Parse";
            internal const string Models = "RuleChecks.Models";
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<RuleCheckModel> models = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    ValueObjectShape.VogenAttributeMetadataName,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (attributeContext, cancellationToken) => Parser.Parse(attributeContext, cancellationToken))
                .WithTrackingName(TrackingNames.Parse)
                .Where(static model => model is not null)
                .Select(static (model, _) => model!)
                .WithTrackingName(TrackingNames.Models);

            context.RegisterSourceOutput(models, static (output, model) => output.AddSource(model.HintName, Emitter.Emit(model)));
        }
    }
}
