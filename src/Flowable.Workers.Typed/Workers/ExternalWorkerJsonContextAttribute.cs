namespace Flowable.Workers.Typed;

/// <summary>
/// Names the <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> whose source-generated metadata reads
/// and writes the JSON variables of every worker in this assembly, unless a worker sets
/// <see cref="ExternalWorkerAttribute.JsonContext"/>. The context must list each such type with
/// <c>[JsonSerializable(typeof(T))]</c>; a type it lacks fails the job with a message naming the type.
/// </summary>
/// <param name="contextType">A type deriving from <see cref="System.Text.Json.Serialization.JsonSerializerContext"/>.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ExternalWorkerJsonContextAttribute(Type contextType) : Attribute
{
    /// <summary>The <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> type.</summary>
    public Type ContextType { get; } = contextType;
}
