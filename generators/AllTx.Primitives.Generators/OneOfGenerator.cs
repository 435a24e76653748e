using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using System.Text;

namespace AllTx.Primitives.Generators
{
    /// <summary>
    /// Writes <c>OneOf&lt;T0, …, Tn&gt;</c> for 2 to 9 cases, each with its JSON converter, plus the arity table of the
    /// converter factory. The output depends on nothing in the compilation, so it is produced once as post-initialization
    /// output.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class OneOfGenerator : IIncrementalGenerator
    {
        /// <summary>The smallest number of cases a OneOf has.</summary>
        internal const int MinArity = 2;

        /// <summary>The largest number of cases a OneOf has.</summary>
        internal const int MaxArity = 9;

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterPostInitializationOutput(static output =>
            {
                for (int arity = MinArity; arity <= MaxArity; arity++)
                {
                    var shape = new OneOfShape(arity);
                    output.AddSource($"OneOf{arity}.g.cs", SourceText.From(OneOfEmitter.Emit(shape), Encoding.UTF8));
                    output.AddSource(
                        $"OneOfJsonConverter{arity}.g.cs",
                        SourceText.From(OneOfJsonConverterEmitter.Emit(shape), Encoding.UTF8));
                }

                output.AddSource(
                    "OneOfJsonConverterFactory.g.cs",
                    SourceText.From(OneOfJsonConverterEmitter.EmitFactoryTable(MinArity, MaxArity), Encoding.UTF8));
            });
    }
}
