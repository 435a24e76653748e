using System.Text.Json;

namespace AllTx.Domain.Tests.Support;

/// <summary>JSON helpers: round trip with default options and the rejection of invalid input.</summary>
internal static class Json
{
    public static T RoundTrip<T>(T value)
    {
        string json = JsonSerializer.Serialize(value);
        return JsonSerializer.Deserialize<T>(json)!;
    }

    /// <summary>Deserialising <paramref name="json"/> fails with a JsonException (or a subclass: callers catch JsonException).</summary>
    public static JsonException Rejects<T>(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<T>(json));
}
