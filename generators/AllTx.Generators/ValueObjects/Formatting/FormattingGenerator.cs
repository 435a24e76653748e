using AllTx.CodeAnalysis.ValueObjects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Generators.ValueObjects.Formatting
{
    /// <summary>
    /// Supplies the bodies of formatting members a Vogen value object declares as bodiless partials (<c>ToString()</c>,
    /// <c>ToString(format, provider)</c>, <c>ToString(provider)</c>, <c>ToString(format)</c>, both <c>TryFormat</c>s); Vogen
    /// then does not hoist its own. For a <c>[Sensitive]</c> type every one of them shows <c>[REDACTED]</c> and the type
    /// gets a redacting debugger display; otherwise, without a format they print the type's own <c>ToString()</c> (so
    /// interpolation agrees with it) and with a format the underlying value formatted with it.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class FormattingGenerator : IIncrementalGenerator
    {
        /// <summary>The tracking names of the pipeline steps (asserted by the incremental-caching tests).</summary>
        internal static class TrackingNames
        {
            internal const string Parse = "Formatting.Parse";
            internal const string Models = "Formatting.Models";
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<FormattingModel> models = context.SyntaxProvider
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
