namespace Flowable.Workers.Typed.Shared;

/// <summary>The variable type names of Flowable's external worker REST API (the <c>type</c> of a variable).</summary>
internal static class FlowableTypeNames
{
    public const string String = "string";
    public const string Integer = "integer";
    public const string Long = "long";
    public const string Short = "short";
    public const string Double = "double";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string Instant = "instant";
    public const string LocalDate = "localDate";
    public const string LocalDateTime = "localDateTime";
    public const string Json = "json";
    public const string BigDecimal = "bigDecimal";
    public const string BigInteger = "bigInteger";
    public const string Serializable = "serializable";
    public const string Binary = "binary";
}
