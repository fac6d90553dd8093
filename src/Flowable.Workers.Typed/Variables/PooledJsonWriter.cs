using System.Buffers;
using System.Text.Json;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> and its buffer, kept per thread and reused for every variable written there, so
/// writing a value allocates only the <see cref="JsonElement"/> it is parsed back into.
/// </summary>
/// <remarks>
/// <see cref="Rent"/> takes the thread's instance out of its slot until <see cref="Return"/>, so a nested write (a
/// property getter that writes variables itself) gets a fresh one instead of corrupting the outer write. An instance
/// not returned because a write threw is simply collected.
/// </remarks>
internal sealed class PooledJsonWriter
{
    private const int InitialCapacity = 256;
    private const int LargestKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static PooledJsonWriter? cached;

    private readonly ArrayBufferWriter<byte> buffer = new(InitialCapacity);

    private PooledJsonWriter() => Writer = new Utf8JsonWriter(buffer);

    /// <summary>The writer; its output is <see cref="WrittenSpan"/>.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Everything written so far, flushed.</summary>
    public ReadOnlySpan<byte> WrittenSpan
    {
        get
        {
            Writer.Flush();
            return buffer.WrittenSpan;
        }
    }

    /// <summary>The thread's writer, empty; a new one while it is rented out.</summary>
    public static PooledJsonWriter Rent()
    {
        var writer = cached ?? new PooledJsonWriter();
        cached = null;
        return writer;
    }

    /// <summary>Empties <paramref name="writer"/> and keeps it for the thread's next <see cref="Rent"/>, unless it grew large.</summary>
    public static void Return(PooledJsonWriter writer)
    {
        if (writer.buffer.Capacity > LargestKeptCapacity)
        {
            return;
        }

        writer.Writer.Reset();
        writer.buffer.ResetWrittenCount();
        cached = writer;
    }
}
