using AllTx.CodeAnalysis.ValueObjects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Generators.ValueObjects
{
    /// <summary>
    /// Generates the members of every <c>[ValueObject&lt;T&gt;]</c> type (Vogen's public surface plus declarative rules).
    /// Declarations that cannot be generated are skipped; the analyzers report why (ATX9001–ATX9006).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class ValueObjectGenerator : IIncrementalGenerator
    {
        /// <summary>The tracking names of the pipeline steps (asserted by the incremental-caching tests).</summary>
        internal static class TrackingNames
        {
            internal const string Parse = "ValueObjects.Parse";
            internal const string Models = "ValueObjects.Models";
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ValueObjectModel> models = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    ValueObjectShape.AttributeMetadataName,
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
