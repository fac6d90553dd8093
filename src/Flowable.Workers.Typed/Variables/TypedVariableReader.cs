using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Variables;

/// <summary>Reads a variable's value as <typeparamref name="T"/>.</summary>
internal delegate T VariableRead<T>(in RestVariable variable);

/// <summary>
/// The <see cref="VariableReader"/> method for <typeparamref name="T"/>, chosen once per type without reflection
/// over members, so the generic job accessors stay NativeAOT-clean.
/// </summary>
internal static class TypedVariableReader<T>
{
    /// <summary>The read for <typeparamref name="T"/>; null when <typeparamref name="T"/> needs JSON metadata.</summary>
    public static readonly VariableRead<T>? Read;

    /// <summary>The expected type named in errors, e.g. <c>integer</c>.</summary>
    public static readonly string ExpectedType;

    /// <summary>True for <see cref="Nullable{T}"/>: a missing or null variable reads as null.</summary>
    public static readonly bool AcceptsNull = Nullable.GetUnderlyingType(typeof(T)) is not null;

    static TypedVariableReader() => (Read, ExpectedType) = Create();

    private static (VariableRead<T>?, string) Create()
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (type.IsEnum)
        {
            return ((in RestVariable variable) => (T)VariableReader.ReadEnum(variable, type), VariableReader.EnumExpectation(type));
        }

        return type switch
        {
            _ when type == typeof(string) => Reference<string>(VariableReader.ReadString, VariableTypes.String),
            _ when type == typeof(int) => Value<int>(VariableReader.ReadInt32, VariableTypes.Integer),
            _ when type == typeof(long) => Value<long>(VariableReader.ReadInt64, VariableTypes.Long),
            _ when type == typeof(short) => Value<short>(VariableReader.ReadInt16, VariableTypes.Short),
            _ when type == typeof(double) => Value<double>(VariableReader.ReadDouble, VariableTypes.Double),
            _ when type == typeof(float) => Value<float>(VariableReader.ReadSingle, VariableTypes.Double),
            _ when type == typeof(decimal) => Value<decimal>(VariableReader.ReadDecimal, VariableTypes.BigDecimal),
            _ when type == typeof(BigInteger) => Value<BigInteger>(VariableReader.ReadBigInteger, VariableTypes.BigInteger),
            _ when type == typeof(bool) => Value<bool>(VariableReader.ReadBoolean, VariableTypes.Boolean),
            _ when type == typeof(DateTimeOffset) => Value<DateTimeOffset>(VariableReader.ReadDateTimeOffset, VariableTypes.Date),
            _ when type == typeof(DateTime) => Value<DateTime>(VariableReader.ReadDateTime, VariableTypes.Date),
            _ when type == typeof(DateOnly) => Value<DateOnly>(VariableReader.ReadDateOnly, VariableTypes.LocalDate),
            _ when type == typeof(Guid) => Value<Guid>(VariableReader.ReadGuid, VariableReader.GuidExpectation),
            _ when type == typeof(JsonElement) => Value<JsonElement>(VariableReader.ReadJsonElement, VariableTypes.Json),
            _ when type == typeof(JsonNode) => Reference<JsonNode>(VariableReader.ReadJsonNode, VariableTypes.Json),
            _ => (null, $"{VariableTypes.Json} ({type.Name})"),
        };
    }

    private static (VariableRead<T>?, string) Value<TValue>(VariableRead<TValue> read, string expectedType)
        where TValue : struct
    {
        object reader = typeof(T) == typeof(TValue)
            ? read
            : new VariableRead<TValue?>((in RestVariable variable) => read(variable));
        return ((VariableRead<T>)reader, expectedType);
    }

    private static (VariableRead<T>?, string) Reference<TValue>(VariableRead<TValue> read, string expectedType)
        where TValue : class =>
        ((VariableRead<T>)(object)read, expectedType);
}
