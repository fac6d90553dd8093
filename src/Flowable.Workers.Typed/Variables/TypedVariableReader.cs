using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Variables;

/// <summary>Reads a variable's value as <typeparamref name="T"/>.</summary>
internal delegate T VariableRead<T>(in RestVariable variable);

/// <summary>
/// The <see cref="VariableReader"/> method for <typeparamref name="T"/> by its binding table row, chosen once per type without reflection
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

        return !type.IsNested && BindingTable.Find(type.Namespace, type.Name) is { } row
            ? ReaderOf(row.Kind)
            : (null, BindingTable.ExpectedTypeOf(BindingTable.Json, ClrTypeNames.CSharpName(type)));
    }

    /// <summary>The <see cref="VariableReader"/> method of a row whose C# type is not generic.</summary>
    private static (VariableRead<T>?, string) ReaderOf(BindingKind kind) => kind switch
    {
        BindingKind.String => Reference<string>(VariableReader.ReadString, kind),
        BindingKind.Int32 => Value<int>(VariableReader.ReadInt32, kind),
        BindingKind.Int64 => Value<long>(VariableReader.ReadInt64, kind),
        BindingKind.Int16 => Value<short>(VariableReader.ReadInt16, kind),
        BindingKind.Double => Value<double>(VariableReader.ReadDouble, kind),
        BindingKind.Single => Value<float>(VariableReader.ReadSingle, kind),
        BindingKind.Decimal => Value<decimal>(VariableReader.ReadDecimal, kind),
        BindingKind.BigInteger => Value<BigInteger>(VariableReader.ReadBigInteger, kind),
        BindingKind.Boolean => Value<bool>(VariableReader.ReadBoolean, kind),
        BindingKind.DateTimeOffset => Value<DateTimeOffset>(VariableReader.ReadDateTimeOffset, kind),
        BindingKind.DateTime => Value<DateTime>(VariableReader.ReadDateTime, kind),
        BindingKind.DateOnly => Value<DateOnly>(VariableReader.ReadDateOnly, kind),
        BindingKind.Guid => Value<Guid>(VariableReader.ReadGuid, kind),
        BindingKind.JsonElement => Value<JsonElement>(VariableReader.ReadJsonElement, kind),
        BindingKind.JsonNode => Reference<JsonNode>(VariableReader.ReadJsonNode, kind),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Enums and JSON types are read by their generic methods."),
    };

    private static (VariableRead<T>?, string) Value<TValue>(VariableRead<TValue> read, BindingKind kind)
        where TValue : struct
    {
        object reader = typeof(T) == typeof(TValue)
            ? read
            : new VariableRead<TValue?>((in RestVariable variable) => read(variable));
        return ((VariableRead<T>)reader, BindingTable.For(kind).ExpectedType);
    }

    private static (VariableRead<T>?, string) Reference<TValue>(VariableRead<TValue> read, BindingKind kind)
        where TValue : class =>
        ((VariableRead<T>)(object)read, BindingTable.For(kind).ExpectedType);
}
