using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using System.Text;
using AllTx.Generators.Common;

namespace AllTx.Generators.Unions
{
    /// <summary>
    /// Completes every <c>[Union] partial class X : OneOf.OneOfBase&lt;…&gt;</c> with what OneOf.SourceGenerator would
    /// write (constructor, conversions) plus named cases: Match/Switch/Visit named after the cases, Is/TryGet members and
    /// a System.Text.Json converter writing <c>{"case": …, "value": …}</c>. Completes every
    /// <c>[Union] abstract partial record</c>: closed hierarchy, Match/Switch named after the cases,
    /// Is/TryGet members, OneOf conversions and a System.Text.Json converter with a <c>"kind"</c> discriminator.
    /// Declarations it cannot complete (not abstract, not partial, generic, cases not partial) get no output; the
    /// analyzers report them.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class UnionGenerator : IIncrementalGenerator
    {
        internal const string AttributeMetadataName = "AllTx.UnionAttribute";

        /// <summary>
        /// Writes the union's <c>[JsonConverter]</c> (unless its declaration names one) and, because
        /// <c>UnionJsonConverterFactory</c> finds the nested <c>UnionJsonConverter</c> by reflection, a
        /// <c>[DynamicallyAccessedMembers(PublicNestedTypes)]</c> that keeps it when trimming.
        /// </summary>
        internal static void WriteConverterAttributes(SourceWriter w, UnionModel union)
        {
            w.Line("[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicNestedTypes)]");
            if (!union.DeclaresConverter)
            {
                w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({union.Name}.UnionJsonConverter))]");
            }
        }

        /// <summary>The tracking name of the step that turns declarations into <see cref="UnionModel"/>s.</summary>
        internal const string ModelsStep = "UnionModels";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<UnionModel> unions = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeMetadataName,
                    static (node, _) => node is RecordDeclarationSyntax or ClassDeclarationSyntax,
                    static (attributeContext, cancellationToken) => Parser.Parse(attributeContext, cancellationToken))
                .Where(static model => model is not null)
                .Select(static (model, _) => model!)
                .WithTrackingName(ModelsStep);

            context.RegisterSourceOutput(
                unions,
                static (output, model) => output.AddSource(model.HintName, SourceText.From(Emitter.Emit(model), Encoding.UTF8)));
        }
    }
}
