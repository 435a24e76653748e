using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// The set-up every safety analyzer shares: concurrent execution, no analysis of generated code, and actions registered
    /// only in compilations that reference the SDK (decided from the reference list, with the per-compilation
    /// <see cref="SdkSymbols"/>), so that projects without the SDK pay nothing.
    /// </summary>
    public abstract class SdkSafetyAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                SdkSymbols? symbols = SdkSymbols.For(start.Compilation);
                if (symbols is not null && (symbols.ReferencesDomain || !NeedsDomain))
                {
                    Register(start, symbols);
                }
            });
        }

        /// <summary>True (the default) when the rule is about AllTx.Domain types; false when AllTx.Primitives is enough.</summary>
        private protected virtual bool NeedsDomain => true;

        /// <summary>
        /// Registers the rule's actions in a compilation that references the SDK. Read the types of <paramref name="symbols"/>
        /// inside the actions, not here: they are resolved on first use (see <see cref="SdkSymbols"/>).
        /// </summary>
        private protected abstract void Register(CompilationStartAnalysisContext start, SdkSymbols symbols);
    }
}
