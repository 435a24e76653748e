using System;
using System.Collections.Generic;

namespace AllTx.Samples.Surveillance
{
    /// <summary>The output format of the report.</summary>
    public enum ReportFormat
    {
        /// <summary>A report for people.</summary>
        Text,

        /// <summary>The same facts as JSON, for machines.</summary>
        Json,
    }

    /// <summary>The command line: <c>[--input FILE] [--format text|json] [--help]</c>.</summary>
    /// <param name="InputFile">The cohort file to read; null for the embedded synthetic cohort.</param>
    /// <param name="Format">The output format.</param>
    /// <param name="ShowHelp">True when the usage was asked for.</param>
    public sealed record SurveillanceOptions(string? InputFile, ReportFormat Format, bool ShowHelp)
    {
        /// <summary>What <c>--help</c> prints.</summary>
        public const string Usage = """
            Post-transplant surveillance report on a cohort of ALL patients after allo-HSCT or CAR-T, built with AllTx.Sdk.

            Usage: dotnet run --project samples/AllTx.Samples.Surveillance -- [--input FILE] [--format text|json]

              --input FILE     a cohort JSON file (default: the embedded synthetic, fictional cohort)
              --format FORMAT  text (default) or json
              --help           show this help

            Exit codes: 0 report written (rejected records are part of the report), 1 invalid command line,
            2 the input cannot be read.
            """;

        /// <summary>Reads the command line; an error names the argument and what was expected.</summary>
        /// <param name="args">The arguments.</param>
        /// <param name="options">The options when valid.</param>
        /// <param name="error">Why not, otherwise.</param>
        /// <returns>True when the command line is valid.</returns>
        public static bool TryParse(IReadOnlyList<string> args, out SurveillanceOptions options, out string? error)
        {
            options = new SurveillanceOptions(null, ReportFormat.Text, false);
            error = null;
            for (int index = 0; index < args.Count; index++)
            {
                string argument = args[index];
                switch (argument)
                {
                    case "--help" or "-h" or "-?":
                        options = options with { ShowHelp = true };
                        break;
                    case "--input" when index + 1 < args.Count:
                        options = options with { InputFile = args[++index] };
                        break;
                    case "--format" when index + 1 < args.Count:
                        string format = args[++index];
                        if (!Enum.TryParse(format, ignoreCase: true, out ReportFormat parsed) || !Enum.IsDefined(parsed) || char.IsDigit(format[0]))
                        {
                            error = $"--format must be 'text' or 'json'; got '{format}'.";
                            return false;
                        }

                        options = options with { Format = parsed };
                        break;
                    case "--input" or "--format":
                        error = $"{argument} needs a value.";
                        return false;
                    default:
                        error = $"Unknown argument '{argument}'.";
                        return false;
                }
            }

            return true;
        }
    }
}
