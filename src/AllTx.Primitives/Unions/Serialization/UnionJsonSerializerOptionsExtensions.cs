using System;
using System.Text.Json;

namespace AllTx.Serialization
{
    /// <summary>The one call that makes System.Text.Json read and write the SDK's unions safely.</summary>
    public static class UnionJsonSerializerOptionsExtensions
    {
        /// <summary>
        /// Adds the converter of every <c>OneOf.OneOf&lt;…&gt;</c> (<see cref="OneOfJsonConverterFactory"/>) to
        /// <paramref name="options"/>, once however often it is called. The SDK's own <see cref="UnionAttribute"/> unions
        /// carry their converter and need no registration. Works with a source-generated
        /// <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> set as the options' type-info resolver.
        /// </summary>
        /// <param name="options">Options not yet used for (de)serialising (System.Text.Json freezes them at first use).</param>
        /// <returns>The same <paramref name="options"/>, for chaining.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
        /// <exception cref="InvalidOperationException"><paramref name="options"/> is already in use (read-only).</exception>
        public static JsonSerializerOptions AddUnionConverters(this JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            foreach (var converter in options.Converters)
            {
                if (converter is OneOfJsonConverterFactory)
                {
                    return options;
                }
            }

            options.Converters.Add(new OneOfJsonConverterFactory());
            return options;
        }
    }
}
