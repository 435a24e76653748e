using System;
using System.Text.Json;

namespace AllTx.Serialization
{
    /// <summary>The one call that makes System.Text.Json read and write the SDK's unions safely.</summary>
    public static class UnionJsonSerializerOptionsExtensions
    {
        /// <summary>
        /// Adds the converter of every <c>OneOf.OneOf&lt;…&gt;</c> (<see cref="OneOfJsonConverterFactory"/>) and of every
        /// <see cref="UnionAttribute"/> union (<see cref="UnionJsonConverterFactory"/>) to <paramref name="options"/>, once
        /// however often it is called. Works with a source-generated
        /// <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> set as the options' type-info resolver:
        /// converters registered on the options come before the context's metadata.
        /// </summary>
        /// <param name="options">Options not yet used for (de)serialising (System.Text.Json freezes them at first use).</param>
        /// <returns>The same <paramref name="options"/>, for chaining.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
        /// <exception cref="InvalidOperationException"><paramref name="options"/> is already in use (read-only).</exception>
        public static JsonSerializerOptions AddUnionConverters(this JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            bool hasOneOf = false;
            bool hasUnion = false;
            foreach (var converter in options.Converters)
            {
                hasOneOf |= converter is OneOfJsonConverterFactory;
                hasUnion |= converter is UnionJsonConverterFactory;
            }

            if (!hasOneOf)
            {
                options.Converters.Add(new OneOfJsonConverterFactory());
            }

            if (!hasUnion)
            {
                options.Converters.Add(new UnionJsonConverterFactory());
            }

            return options;
        }
    }
}
