using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>Finds the value at a System.Text.Json error path such as <c>outcome.level</c> or <c>steps[1].dose</c>.</summary>
    internal static partial class JsonPathLookup
    {
        public static bool TryFind(JsonElement root, string path, out JsonElement value)
        {
            value = root;
            foreach (Match segment in Segment().Matches(path))
            {
                if (segment.Groups["index"].Success)
                {
                    int index = int.Parse(segment.Groups["index"].Value, CultureInfo.InvariantCulture);
                    if (value.ValueKind != JsonValueKind.Array || index >= value.GetArrayLength())
                    {
                        return false;
                    }

                    value = value[index];
                }
                else
                {
                    string name = segment.Groups["quoted"].Success ? segment.Groups["quoted"].Value : segment.Groups["name"].Value;
                    if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Finds <paramref name="path"/> below any object nested in <paramref name="root"/>, depth first, and returns its full path.</summary>
        public static bool TryFindDescendant(JsonElement root, string path, out string fullPath, out JsonElement value)
        {
            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty property in root.EnumerateObject())
                {
                    if (TryFind(property.Value, path, out value) && path.Length > 0)
                    {
                        fullPath = property.Name + "." + path;
                        return true;
                    }

                    if (TryFindDescendant(property.Value, path, out string below, out value))
                    {
                        fullPath = property.Name + "." + below;
                        return true;
                    }
                }
            }

            fullPath = path;
            value = default;
            return false;
        }

        [GeneratedRegex(@"\[(?<index>\d+)\]|\['(?<quoted>[^']*)'\]|(?<name>[^.\[]+)")]
        private static partial Regex Segment();
    }
}
