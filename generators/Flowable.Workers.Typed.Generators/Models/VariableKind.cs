namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>A row of the binding table: how a C# type is read from, and written to, a Flowable variable.</summary>
internal enum VariableKind
{
    String,
    Int32,
    Int64,
    Int16,
    Double,
    Single,
    Decimal,
    BigInteger,
    Boolean,
    DateTimeOffset,
    DateTime,
    DateOnly,
    Guid,
    JsonElement,
    JsonNode,
    Enum,

    /// <summary>Records, classes, arrays, lists and dictionaries, through System.Text.Json metadata.</summary>
    Json,
}
