using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AllTx.Roslyn.Testing;

/// <summary>
/// Walks a pipeline value's object graph and fails when it reaches an <see cref="ISymbol"/>, <see cref="SyntaxNode"/>,
/// <see cref="SemanticModel"/> or <see cref="Compilation"/>: holding one keeps a whole compilation alive and defeats caching.
/// </summary>
internal static class ForbiddenPipelineValueFinder
{
    private const int MaxDepth = 12;

    public static void ThrowIfFound(object? value, string context)
    {
        var path = Find(value, "value", new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        if (path is not null)
        {
            throw new InvalidOperationException(
                $"The output of {context} holds {path}. Pipeline values must not hold ISymbol, SyntaxNode, SemanticModel or " +
                "Compilation; turn them into small equatable records.");
        }
    }

    private static string? Find(object? value, string path, HashSet<object> seen, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return null;
        }

        if (value is ISymbol or SyntaxNode or SemanticModel or Compilation)
        {
            return $"{path} ({value.GetType().Name})";
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or decimal || (!type.IsValueType && !seen.Add(value)))
        {
            return null;
        }

        if (value is IEnumerable items)
        {
            int index = 0;
            foreach (var item in items)
            {
                var found = Find(item, $"{path}[{index++}]", seen, depth + 1);
                if (found is not null)
                {
                    return found;
                }
            }

            return null;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
            {
                continue;
            }

            var found = Find(field.GetValue(value), $"{path}.{CleanName(field.Name)}", seen, depth + 1);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    // Compiler-generated backing fields read as "<Name>k__BackingField".
    private static string CleanName(string fieldName) =>
        fieldName.StartsWith('<') && fieldName.IndexOf('>', StringComparison.Ordinal) is var end and > 0 ? fieldName[1..end] : fieldName;
}
