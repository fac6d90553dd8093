using System.Collections.Generic;
using System.Linq;

namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// The binding table: which C# types bind to Flowable variables, the Flowable type each is written as, the words a
/// conversion error uses for it, and the runtime methods that read and write it. The generator classifies types and
/// emits calls by it, the analyzers word their messages by it, and the runtime reads, writes and words errors by it.
/// </summary>
internal static class BindingTable
{
    public static readonly BindingRow String = Row(BindingKind.String, "System", "String", FlowableTypeNames.String, FlowableTypeNames.String);
    public static readonly BindingRow Int32 = Row(BindingKind.Int32, "System", "Int32", FlowableTypeNames.Integer, FlowableTypeNames.Integer);
    public static readonly BindingRow Int64 = Row(BindingKind.Int64, "System", "Int64", FlowableTypeNames.Long, FlowableTypeNames.Long);
    public static readonly BindingRow Int16 = Row(BindingKind.Int16, "System", "Int16", FlowableTypeNames.Short, FlowableTypeNames.Short);
    public static readonly BindingRow Double = Row(BindingKind.Double, "System", "Double", FlowableTypeNames.Double, FlowableTypeNames.Double);
    public static readonly BindingRow Single = Row(BindingKind.Single, "System", "Single", FlowableTypeNames.Double, FlowableTypeNames.Double);
    public static readonly BindingRow Decimal = Row(BindingKind.Decimal, "System", "Decimal", FlowableTypeNames.BigDecimal, FlowableTypeNames.BigDecimal);
    public static readonly BindingRow BigInteger = Row(BindingKind.BigInteger, "System.Numerics", "BigInteger", FlowableTypeNames.BigInteger, FlowableTypeNames.BigInteger);
    public static readonly BindingRow Boolean = Row(BindingKind.Boolean, "System", "Boolean", FlowableTypeNames.Boolean, FlowableTypeNames.Boolean);
    public static readonly BindingRow DateTimeOffset = Row(BindingKind.DateTimeOffset, "System", "DateTimeOffset", FlowableTypeNames.Date, FlowableTypeNames.Date);
    public static readonly BindingRow DateTime = Row(BindingKind.DateTime, "System", "DateTime", FlowableTypeNames.Date, FlowableTypeNames.Date);
    public static readonly BindingRow DateOnly = Row(BindingKind.DateOnly, "System", "DateOnly", FlowableTypeNames.LocalDate, FlowableTypeNames.LocalDate);
    public static readonly BindingRow Guid = Row(BindingKind.Guid, "System", "Guid", FlowableTypeNames.String, FlowableTypeNames.String + " (Guid)");
    public static readonly BindingRow Enum = new(BindingKind.Enum, null, null, "enums", FlowableTypeNames.String, FlowableTypeNames.String + " ({0})", "ReadEnum", "Enum");
    public static readonly BindingRow JsonElement = Row(BindingKind.JsonElement, "System.Text.Json", "JsonElement", FlowableTypeNames.Json, FlowableTypeNames.Json);
    public static readonly BindingRow JsonNode = Row(BindingKind.JsonNode, "System.Text.Json.Nodes", "JsonNode", FlowableTypeNames.Json, FlowableTypeNames.Json);
    public static readonly BindingRow Json = new(BindingKind.Json, null, null, "records, classes, arrays, lists and dictionaries", FlowableTypeNames.Json, FlowableTypeNames.Json + " ({0})", "ReadJson", "Json");

    /// <summary>Every row, in the order of <see cref="BindingKind"/>.</summary>
    public static IReadOnlyList<BindingRow> Rows { get; } =
    [
        String, Int32, Int64, Int16, Double, Single, Decimal, BigInteger, Boolean,
        DateTimeOffset, DateTime, DateOnly, Guid, Enum, JsonElement, JsonNode, Json,
    ];

    /// <summary>The types that bind, as users write them, for messages: <c>string, int, …, enums, JsonElement, …</c>.</summary>
    public static string SupportedTypes { get; } = string.Join(", ", Rows.Select(row => row.DisplayName));

    public static BindingRow For(BindingKind kind) => Rows[(int)kind];

    /// <summary>The row of the C# type <paramref name="clrNamespace"/>.<paramref name="clrName"/>; null when only an enum or JSON row can take it.</summary>
    public static BindingRow? Find(string? clrNamespace, string clrName)
    {
        foreach (var row in Rows)
        {
            if (row.ClrName == clrName && row.ClrNamespace == clrNamespace)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>What a conversion error says was expected: <c>integer</c>, <c>string (OrderStatus)</c>, <c>json (List&lt;int&gt;)</c>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="typeName">The C# type name as <see cref="CSharpTypeName"/> words it; used by the enum and JSON rows only.</param>
    public static string ExpectedTypeOf(BindingRow row, string typeName) =>
        row.IsGeneric ? string.Format(System.Globalization.CultureInfo.InvariantCulture, row.ExpectedType, typeName) : row.ExpectedType;

    private static BindingRow Row(BindingKind kind, string clrNamespace, string clrName, string writtenType, string expectedType) =>
        new(kind, clrNamespace, clrName, CSharpTypeName.Keyword(clrNamespace, clrName) ?? clrName, writtenType, expectedType, "Read" + clrName, clrName);
}
