namespace Flowable.Workers.Typed.Shared;

/// <summary>A row of the binding table (<see cref="BindingTable"/>): how a C# type is read from, and written to, a Flowable variable.</summary>
internal enum BindingKind
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

    /// <summary>Any enum, carried as its member name in a <c>string</c> variable.</summary>
    Enum,

    JsonElement,
    JsonNode,

    /// <summary>Records, classes, arrays, lists and dictionaries, through System.Text.Json metadata.</summary>
    Json,
}
