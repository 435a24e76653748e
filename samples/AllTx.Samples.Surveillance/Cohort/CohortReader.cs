using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using AllTx.Domain.CellularTherapy;
using AllTx.Domain.Mrd;
using AllTx.Domain.Patients;
using AllTx.Domain.Registry;
using AllTx.Domain.Disease;
using AllTx.Domain.Transplant;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>
    /// Reads a cohort file and validates every record through the SDK: the patient (identifier, measurements), the course
    /// (with its transplant or CAR-T infusion), disease facts, complications, each MRD result, dose and relapse. A refused record is reported and skipped; everything valid is kept. A patient
    /// whose own facts or course are refused is not processed, but its other records are still validated and reported.
    /// </summary>
    public static class CohortReader
    {
        /// <summary>The source name used for the embedded synthetic cohort.</summary>
        public const string EmbeddedSource = "embedded synthetic cohort";

        private const string EmbeddedResource = "AllTx.Samples.Surveillance.synthetic-cohort.json";

        // Web defaults: camelCase names, case-insensitive; null or missing where the SDK requires a value is an error.
        private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };

        /// <summary>Reads the synthetic, fictional cohort shipped with the sample.</summary>
        /// <param name="progress">Called after each patient entry with (entries done, entries in total).</param>
        /// <returns>The cohort as read.</returns>
        public static CohortReading ReadEmbedded(Action<int, int>? progress = null)
        {
            using Stream stream = typeof(CohortReader).Assembly.GetManifestResourceStream(EmbeddedResource)
                ?? throw new CohortFileException(EmbeddedSource, $"the resource {EmbeddedResource} is missing from the build");
            return Read(stream, EmbeddedSource, progress);
        }

        /// <summary>Reads a cohort file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="progress">Called after each patient entry with (entries done, entries in total).</param>
        /// <returns>The cohort as read.</returns>
        /// <exception cref="CohortFileException">The file cannot be read as a cohort.</exception>
        public static CohortReading ReadFile(string path, Action<int, int>? progress = null)
        {
            FileStream stream;
            try
            {
                stream = File.OpenRead(path);
            }
            catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new CohortFileException(path, unreadable.Message, unreadable);
            }

            using (stream)
            {
                return Read(stream, path, progress);
            }
        }

        /// <summary>Reads a cohort from JSON.</summary>
        /// <param name="json">The JSON document.</param>
        /// <param name="source">Where it came from, for messages.</param>
        /// <param name="progress">Called after each patient entry with (entries done, entries in total).</param>
        /// <returns>The cohort as read.</returns>
        /// <exception cref="CohortFileException">Not JSON, or not a cohort document.</exception>
        public static CohortReading Read(Stream json, string source, Action<int, int>? progress = null)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException notJson)
            {
                throw new CohortFileException(source, $"it is not valid JSON ({notJson.Message})", notJson);
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("patients", out JsonElement entries) || entries.ValueKind != JsonValueKind.Array)
                {
                    throw new CohortFileException(source, "it has no \"patients\" array (expected { \"cohort\": …, \"asOf\": \"yyyy-MM-dd\", \"patients\": [ … ] })");
                }

                DateOnly asOf = ReadAsOf(root, source);
                string name = root.TryGetProperty("cohort", out JsonElement cohort) && cohort.ValueKind == JsonValueKind.String ? cohort.GetString()! : source;
                List<Rejection> rejections = new();
                List<PatientCourse> patients = new();
                int total = entries.GetArrayLength();
                int done = 0;
                foreach (JsonElement entry in entries.EnumerateArray())
                {
                    if (ReadPatient(entry, done, rejections) is { } patient)
                    {
                        patients.Add(patient);
                    }

                    progress?.Invoke(++done, total);
                }

                return new CohortReading(name, asOf, total, patients, rejections);
            }
        }

        private static DateOnly ReadAsOf(JsonElement root, string source) =>
            root.TryGetProperty("asOf", out JsonElement asOf)
            && asOf.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(asOf.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
                ? day
                : throw new CohortFileException(source, "\"asOf\" must be the report date as \"yyyy-MM-dd\"");

        private static PatientCourse? ReadPatient(JsonElement entry, int position, List<Rejection> rejections)
        {
            RecordReader reader = new(LabelOf(entry, position), rejections, s_options);
            if (entry.ValueKind != JsonValueKind.Object)
            {
                reader.Reject("entry", entry.ValueKind.ToString(), "a patient entry must be a JSON object");
                return null;
            }

            Patient? patient = reader.Read<Patient>(entry, "patient");
            TherapyCourse? course = reader.Read<TherapyCourse>(entry, "course");
            List<MrdResult> results = reader.ReadAll<MrdResult>(entry, "mrdResults").Select(item => item.Record).ToList();
            (StemCellTransplant? transplant, CarTInfusion? infusion) = CourseReader.Read(reader, entry, course, results);
            DiseaseFacts? disease = reader.ReadOptional<DiseaseFacts>(entry, "disease");
            ComplicationFacts? complications = reader.ReadOptional<ComplicationFacts>(entry, "complications");
            (LeukaemiaGenetics? genetics, HctCiAssessment? hctCi) = TransplantRiskReader.Read(reader, entry, disease);
            List<CheckedDose> doses = reader.ReadAll<DoseRecord>(entry, "doses")
                .Select(item => CatalogueDrugs.Resolve(reader, $"doses[{item.Index}]", item.Record.Drug, item.Record.Dose) is { } drug ? new CheckedDose(drug, item.Record) : null)
                .OfType<CheckedDose>()
                .ToList();
            List<RelapseRecord> relapses = reader.ReadAll<RelapseRecord>(entry, "relapses").Select(item => item.Record).ToList();
            List<AllTx.Domain.Toxicity.SosVodFindings> sosVod = SosVodReader.Read(reader, entry);
            return patient is null || course is null
                ? null
                : new PatientCourse(patient, course, results, doses, relapses) { Transplant = transplant, CarTInfusion = infusion, Disease = disease, Complications = complications, Genetics = genetics, HctCi = hctCi, SosVodAssessments = sosVod };
        }

        private static string LabelOf(JsonElement entry, int position) =>
            entry.ValueKind == JsonValueKind.Object
            && entry.TryGetProperty("patient", out JsonElement patient)
            && patient.ValueKind == JsonValueKind.Object
            && patient.TryGetProperty("id", out JsonElement id)
            && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString())
                ? id.GetString()!.Trim()
                : $"entry #{(position + 1).ToString(CultureInfo.InvariantCulture)}";
    }
}
