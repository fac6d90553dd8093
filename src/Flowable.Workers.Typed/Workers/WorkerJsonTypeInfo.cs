using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Flowable.Workers.Typed;

/// <summary>
/// Supplies the System.Text.Json metadata generated workers read and write JSON variables with: from a configured
/// <see cref="JsonSerializerContext"/> (trimming- and NativeAOT-safe), or from reflection with web defaults
/// (camelCase names, case-insensitive reads) when no context is configured.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WorkerJsonTypeInfo
{
    private static JsonSerializerOptions? reflectionOptions;

    /// <summary>The metadata for <typeparamref name="T"/> from a source-generated context.</summary>
    /// <typeparam name="T">The variable's type.</typeparam>
    /// <param name="context">The context configured for the worker.</param>
    /// <returns>The context's metadata for <typeparamref name="T"/>.</returns>
    /// <exception cref="InvalidOperationException">The context has no metadata for <typeparamref name="T"/>.</exception>
    public static JsonTypeInfo<T> FromContext<T>(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new InvalidOperationException(
                $"JsonSerializerContext '{context.GetType().FullName}' has no metadata for '{typeof(T)}'; add [JsonSerializable(typeof({typeof(T).Name}))] to it.");
    }

    /// <summary>The metadata for <typeparamref name="T"/> from reflection, with <see cref="JsonSerializerDefaults.Web"/>.</summary>
    /// <typeparam name="T">The variable's type.</typeparam>
    /// <returns>Reflection-based metadata for <typeparamref name="T"/>.</returns>
    [RequiresUnreferencedCode("Reflection-based JSON may need members the trimmer removes. Name a JsonSerializerContext with [ExternalWorker(JsonContext = ...)] or [assembly: ExternalWorkerJsonContext(...)].")]
    [RequiresDynamicCode("Reflection-based JSON may need code generated at run time. Name a JsonSerializerContext with [ExternalWorker(JsonContext = ...)] or [assembly: ExternalWorkerJsonContext(...)].")]
    public static JsonTypeInfo<T> FromReflection<T>() => ReflectionTypeInfo<T>.Value ??= CreateReflectionTypeInfo<T>();

    [RequiresUnreferencedCode("Reflection-based JSON.")]
    [RequiresDynamicCode("Reflection-based JSON.")]
    private static JsonTypeInfo<T> CreateReflectionTypeInfo<T>()
    {
        var options = LazyInitializer.EnsureInitialized(ref reflectionOptions, CreateReflectionOptions);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    [RequiresUnreferencedCode("Reflection-based JSON.")]
    [RequiresDynamicCode("Reflection-based JSON.")]
    private static JsonSerializerOptions CreateReflectionOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.MakeReadOnly();
        return options;
    }

    // Generated workers ask on every job; the options' own cache is a dictionary lookup, this is a static field.
    private static class ReflectionTypeInfo<T>
    {
        public static JsonTypeInfo<T>? Value;
    }
}
