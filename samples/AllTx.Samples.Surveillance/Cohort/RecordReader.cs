using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>
    /// Reads the records of one patient entry through the SDK's JSON converters, one record at a time, so that a refused
    /// record becomes a <see cref="Rejection"/> naming the patient, field, value and rule while the others are kept.
    /// </summary>
    internal sealed partial class RecordReader
    {
        private readonly string _patient;
        private readonly List<Rejection> _rejections;
        private readonly JsonSerializerOptions _options;

        public RecordReader(string patient, List<Rejection> rejections, JsonSerializerOptions options)
        {
            _patient = patient;
            _rejections = rejections;
            _options = options;
        }

        /// <summary>The record in property <paramref name="name"/> of <paramref name="entry"/>, or null (and a rejection) when refused or missing.</summary>
        public T? Read<T>(JsonElement entry, string name)
            where T : class =>
            entry.TryGetProperty(name, out JsonElement element)
                ? Deserialize<T>(element, name)
                : Reject<T>(name, "(missing)", $"a patient entry needs '{name}'");

        /// <summary>The record in property <paramref name="name"/> of <paramref name="entry"/>; null when absent, or (with a rejection) when refused.</summary>
        public T? ReadOptional<T>(JsonElement entry, string name)
            where T : class =>
            entry.TryGetProperty(name, out JsonElement element) && element.ValueKind != JsonValueKind.Null ? Deserialize<T>(element, name) : null;

        /// <summary>The valid records of the array in property <paramref name="name"/>, with their index; the others are rejected.</summary>
        public List<(int Index, T Record)> ReadAll<T>(JsonElement entry, string name)
            where T : class
        {
            List<(int, T)> records = new();
            if (!entry.TryGetProperty(name, out JsonElement array) || array.ValueKind == JsonValueKind.Null)
            {
                return records;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Reject<T>(name, Shorten(array.GetRawText()), "must be an array");
                return records;
            }

            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (Deserialize<T>(item, $"{name}[{index}]") is { } record)
                {
                    records.Add((index, record));
                }

                index++;
            }

            return records;
        }

        /// <summary>Records a rule broken by a record that did deserialize (e.g. a drug that does not take the dose's unit).</summary>
        public void Reject(string field, string value, string rule) => _rejections.Add(new Rejection(_patient, field, value, rule));

        private T? Deserialize<T>(JsonElement element, string field)
            where T : class
        {
            try
            {
                return element.Deserialize<T>(_options) ?? Reject<T>(field, "null", "must not be null");
            }
            catch (JsonException refused)
            {
                (string path, string value) = Locate(element, refused);
                return Reject<T>(Join(field, path), value, RuleOf(refused));
            }
            catch (Exception refused) when (refused is ArgumentException or InvalidOperationException or FormatException or ValueObjectValidationException)
            {
                return Reject<T>(field, Shorten(element.GetRawText()), refused.Message);
            }
        }

        private T? Reject<T>(string field, string value, string rule)
            where T : class
        {
            Reject(field, value, rule);
            return null;
        }

        // System.Text.Json says where it stopped ("$.outcome.level"); a missing required property is named only in the
        // message, so it is appended to the path.
        private static (string Path, string Value) Locate(JsonElement element, JsonException refused)
        {
            string path = refused.Path is null or "$" ? string.Empty : refused.Path.TrimStart('$').TrimStart('.');
            Match missing = MissingProperty().Match(refused.Message);
            if (missing.Success)
            {
                return (Join(path, missing.Groups["name"].Value), "(missing)");
            }

            if (JsonPathLookup.TryFind(element, path, out JsonElement value))
            {
                return (path, Shorten(value.GetRawText()));
            }

            // A union case is read by a nested serializer call, whose path starts again at the case ("level" instead of
            // "outcome.level"): find the property below the record instead.
            return JsonPathLookup.TryFindDescendant(element, path, out string fullPath, out value)
                ? (fullPath, Shorten(value.GetRawText()))
                : (path, "(missing)");
        }

        private static string RuleOf(JsonException refused)
        {
            int appendedPath = refused.Message.IndexOf(" Path: ", StringComparison.Ordinal);
            return appendedPath > 0 ? refused.Message[..appendedPath] : refused.Message;
        }

        private static string Join(string field, string path) =>
            path.Length == 0 ? field : field.Length == 0 ? path : path.StartsWith('[') ? field + path : field + "." + path;

        private static string Shorten(string json) => json.Length <= 60 ? json : json[..57] + "...";

        [GeneratedRegex("missing required properties including: '(?<name>[^']+)'")]
        private static partial Regex MissingProperty();
    }
}
