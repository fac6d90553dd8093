namespace Flowable.Workers.Typed.Variables;

/// <summary>The variable type names of Flowable's external worker REST API.</summary>
public static class VariableTypes
{
    /// <summary><c>string</c>: a JSON string.</summary>
    public const string String = "string";

    /// <summary><c>integer</c>: a 32-bit JSON number.</summary>
    public const string Integer = "integer";

    /// <summary><c>long</c>: a 64-bit JSON number.</summary>
    public const string Long = "long";

    /// <summary><c>short</c>: a 16-bit JSON number.</summary>
    public const string Short = "short";

    /// <summary><c>double</c>: a JSON number.</summary>
    public const string Double = "double";

    /// <summary><c>boolean</c>: <c>true</c> or <c>false</c>.</summary>
    public const string Boolean = "boolean";

    /// <summary><c>date</c>: a <c>java.util.Date</c>, written as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public const string Date = "date";

    /// <summary><c>instant</c>: a <c>java.time.Instant</c>, ISO-8601 UTC.</summary>
    public const string Instant = "instant";

    /// <summary><c>localDate</c>: <c>yyyy-MM-dd</c>.</summary>
    public const string LocalDate = "localDate";

    /// <summary><c>localDateTime</c>: an ISO-8601 date and time without offset.</summary>
    public const string LocalDateTime = "localDateTime";

    /// <summary><c>json</c>: any JSON value.</summary>
    public const string Json = "json";

    /// <summary><c>bigDecimal</c> (Flowable 7.2+): a decimal number carried as a JSON string.</summary>
    public const string BigDecimal = "bigDecimal";

    /// <summary><c>bigInteger</c> (Flowable 7.2+): an integer of any size carried as a JSON string.</summary>
    public const string BigInteger = "bigInteger";

    /// <summary><c>serializable</c>: a Java object the API does not expose; its value is always null.</summary>
    public const string Serializable = "serializable";

    /// <summary><c>binary</c>: a byte array the API does not expose; its value is always null.</summary>
    public const string Binary = "binary";
}
