using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Variables;

/// <summary>The variable type names of Flowable's external worker REST API (the binding table's, made public).</summary>
public static class VariableTypes
{
    /// <summary><c>string</c>: a JSON string.</summary>
    public const string String = FlowableTypeNames.String;

    /// <summary><c>integer</c>: a 32-bit JSON number.</summary>
    public const string Integer = FlowableTypeNames.Integer;

    /// <summary><c>long</c>: a 64-bit JSON number.</summary>
    public const string Long = FlowableTypeNames.Long;

    /// <summary><c>short</c>: a 16-bit JSON number.</summary>
    public const string Short = FlowableTypeNames.Short;

    /// <summary><c>double</c>: a JSON number.</summary>
    public const string Double = FlowableTypeNames.Double;

    /// <summary><c>boolean</c>: <c>true</c> or <c>false</c>.</summary>
    public const string Boolean = FlowableTypeNames.Boolean;

    /// <summary><c>date</c>: a <c>java.util.Date</c>, written as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public const string Date = FlowableTypeNames.Date;

    /// <summary><c>instant</c>: a <c>java.time.Instant</c>, ISO-8601 UTC.</summary>
    public const string Instant = FlowableTypeNames.Instant;

    /// <summary><c>localDate</c>: <c>yyyy-MM-dd</c>.</summary>
    public const string LocalDate = FlowableTypeNames.LocalDate;

    /// <summary><c>localDateTime</c>: an ISO-8601 date and time without offset.</summary>
    public const string LocalDateTime = FlowableTypeNames.LocalDateTime;

    /// <summary><c>json</c>: any JSON value.</summary>
    public const string Json = FlowableTypeNames.Json;

    /// <summary><c>bigDecimal</c> (Flowable 7.2+): a decimal number carried as a JSON string.</summary>
    public const string BigDecimal = FlowableTypeNames.BigDecimal;

    /// <summary><c>bigInteger</c> (Flowable 7.2+): an integer of any size carried as a JSON string.</summary>
    public const string BigInteger = FlowableTypeNames.BigInteger;

    /// <summary><c>serializable</c>: a Java object the API does not expose; its value is always null.</summary>
    public const string Serializable = FlowableTypeNames.Serializable;

    /// <summary><c>binary</c>: a byte array the API does not expose; its value is always null.</summary>
    public const string Binary = FlowableTypeNames.Binary;
}
