using System;
using System.IO;
using System.Text.Json;
using AllTx.Samples.Surveillance.Cohort;
using AllTx.Samples.Surveillance.Report;

namespace AllTx.Samples.Surveillance
{
    /// <summary>The command: read the cohort through the SDK, write the surveillance report.</summary>
    public static class SurveillanceApp
    {
        /// <summary>Exit code: the report was written.</summary>
        public const int Success = 0;

        /// <summary>Exit code: the command line is invalid.</summary>
        public const int InvalidCommandLine = 1;

        /// <summary>Exit code: the input cannot be read.</summary>
        public const int InputUnreadable = 2;

        /// <summary>Cohorts of at least this many patient entries report their progress on the error stream.</summary>
        public const int ProgressThreshold = 200;

        private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

        /// <summary>Runs the command.</summary>
        /// <param name="args">The command line.</param>
        /// <param name="output">The report goes here.</param>
        /// <param name="error">Errors and progress go here.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (!SurveillanceOptions.TryParse(args, out SurveillanceOptions options, out string? invalid))
            {
                error.WriteLine(invalid);
                error.WriteLine(SurveillanceOptions.Usage);
                return InvalidCommandLine;
            }

            if (options.ShowHelp)
            {
                output.WriteLine(SurveillanceOptions.Usage);
                return Success;
            }

            CohortReading cohort;
            try
            {
                Action<int, int> progress = (done, total) => ReportProgress(error, done, total);
                cohort = options.InputFile is null ? CohortReader.ReadEmbedded(progress) : CohortReader.ReadFile(options.InputFile, progress);
            }
            catch (CohortFileException unreadable)
            {
                error.WriteLine(unreadable.Message);
                return InputUnreadable;
            }

            SurveillanceReport report = SurveillanceReportBuilder.Build(cohort);
            if (options.Format == ReportFormat.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(report, s_json));
            }
            else
            {
                TextReportWriter.Write(report, output);
            }

            return Success;
        }

        // Every tenth of a large cohort, on the error stream so that --format json output stays machine-readable.
        private static void ReportProgress(TextWriter error, int done, int total)
        {
            if (total >= ProgressThreshold && (done == total || done % Math.Max(1, total / 10) == 0))
            {
                error.WriteLine($"Validated {done} of {total} patient entries ({done * 100 / total} %)");
            }
        }
    }
}
