using AllTx.Analyzers.Privacy;
using AllTx.Analyzers.Tests.Safety;

namespace AllTx.Analyzers.Tests.Privacy;

public sealed class SensitiveValueLeakAnalyzerTests
{
    private const string Logging = """

        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger
            {
                void Log(string message, params object?[] args);
            }

            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
            }
        }
        """;

    private static Task Verify(string source) => SafetyVerifier.VerifyAsync<SensitiveValueLeakAnalyzer>(SafetyVerifier.Usings + "using Microsoft.Extensions.Logging;\n" + source + Logging);

    [Fact]
    public Task Flags_raw_identifiers_in_text_and_identifiers_given_to_a_logger() => Verify("""
        public static class Audit
        {
            public static void Write(ILogger logger, PatientId id)
            {
                Console.WriteLine([|id.Value|]);
                Console.WriteLine($"patient {[|id.Value|]}");
                Console.WriteLine("patient " + [|id.Value|]);
                logger.LogInformation("Admitted {Patient}", [|id|]);
                logger.LogInformation("Admitted {Patient}", [|id.Value|]);
                logger.Log("Admitted {Patient}", [|id|]);
                System.Diagnostics.Debug.WriteLine([|id.Value|]);
                throw new InvalidOperationException([|id.Value|]);
            }
        }
        """);

    [Fact]
    public Task Flags_a_sensitive_type_whose_text_is_not_redacted() => Verify("""
        [AllTx.Sensitive]
        public sealed record PatientName(string Given, string Family);

        public static class Audit
        {
            public static string Describe(PatientName name) => $"patient {[|name|]}";
        }
        """);

    [Fact]
    public Task Redacted_text_and_other_values_are_fine() => Verify("""
        public static class Audit
        {
            public static void Write(ILogger logger, PatientId id, MrdResult result)
            {
                Console.WriteLine($"patient {id}");
                Console.WriteLine(id);
                Console.WriteLine($"method {result.Method}");
                logger.LogInformation("Result {Method}", result.Method);
                string local = id.Value;
                _ = local.Length;
                throw new InvalidOperationException($"no result for {id}");
            }
        }
        """);
}
