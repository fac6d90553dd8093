using System.Text.Json;
#if NET9_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// The two System.Text.Json calls newer than .NET 8's: on net8.0 the package uses the framework's own System.Text.Json
/// (no 10.x package forced on net8.0 apps) at the cost of a copy per call.
/// </summary>
internal static class JsonElementCompat
{
    /// <summary>A JSON value parsed from UTF-8 that outlives its buffer.</summary>
    public static JsonElement Parse(ReadOnlySpan<byte> utf8Json, JsonDocumentOptions options = default)
    {
#if NET10_0_OR_GREATER
        return JsonElement.Parse(utf8Json, options);
#else
        using var document = JsonDocument.Parse(utf8Json.ToArray(), options);
        return document.RootElement.Clone();
#endif
    }

    /// <summary>The value's JSON text as UTF-8 (a string's with its quotes and escapes).</summary>
    public static ReadOnlySpan<byte> RawUtf8(JsonElement element)
    {
#if NET9_0_OR_GREATER
        return JsonMarshal.GetRawUtf8Value(element);
#else
        return System.Text.Encoding.UTF8.GetBytes(element.GetRawText());
#endif
    }
}
