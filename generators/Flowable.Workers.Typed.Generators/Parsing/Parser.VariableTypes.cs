using System.Linq;
using Flowable.Workers.Typed.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

internal static partial class Parser
{
    private static readonly string[] JsonCollectionInterfaces =
    [
        "IEnumerable`1", "ICollection`1", "IList`1", "IReadOnlyCollection`1", "IReadOnlyList`1",
        "IDictionary`2", "IReadOnlyDictionary`2", "ISet`1", "IReadOnlySet`1",
    ];

    private static readonly string[] UnserializableNamespaces = ["System.Threading", "System.Reflection", "System.IO", "System.Net"];

    /// <summary>The binding table row of <paramref name="type"/>, or null when the type cannot be a variable.</summary>
    private static VariableTypeModel? ClassifyVariableType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var underlying = nullable.TypeArguments[0];
            return Classify(underlying) is { } valueKind
                ? new VariableTypeModel(valueKind, TypeName(underlying), IsNullable: true, ExpectedType(valueKind, underlying))
                : null;
        }

        if (Classify(type) is not { } kind)
        {
            return null;
        }

        var isNullable = !type.IsValueType && type.NullableAnnotation == NullableAnnotation.Annotated;
        return new VariableTypeModel(kind, TypeName(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)), isNullable, ExpectedType(kind, type));
    }

    private static string ExpectedType(VariableKind kind, ITypeSymbol type) => kind switch
    {
        VariableKind.String => "string",
        VariableKind.Int32 => "integer",
        VariableKind.Int64 => "long",
        VariableKind.Int16 => "short",
        VariableKind.Double or VariableKind.Single => "double",
        VariableKind.Decimal => "bigDecimal",
        VariableKind.BigInteger => "bigInteger",
        VariableKind.Boolean => "boolean",
        VariableKind.DateTimeOffset or VariableKind.DateTime => "date",
        VariableKind.DateOnly => "localDate",
        VariableKind.Guid => "string (Guid)",
        VariableKind.Enum => $"string ({RuntimeTypeName(type)})",
        VariableKind.Json => $"json ({RuntimeTypeName(type)})",
        _ => "json",
    };

    /// <summary>What <c>System.Type.Name</c> gives at run time: <c>Order</c>, <c>List`1</c>, <c>Order[]</c>.</summary>
    private static string RuntimeTypeName(ITypeSymbol type) => type is IArrayTypeSymbol array
        ? RuntimeTypeName(array.ElementType) + "[]"
        : type.MetadataName;

    private static VariableKind? Classify(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return VariableKind.String;
            case SpecialType.System_Int32: return VariableKind.Int32;
            case SpecialType.System_Int64: return VariableKind.Int64;
            case SpecialType.System_Int16: return VariableKind.Int16;
            case SpecialType.System_Double: return VariableKind.Double;
            case SpecialType.System_Single: return VariableKind.Single;
            case SpecialType.System_Decimal: return VariableKind.Decimal;
            case SpecialType.System_Boolean: return VariableKind.Boolean;
            case SpecialType.System_DateTime: return VariableKind.DateTime;
            case SpecialType.None: break;
            default: return null;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return VariableKind.Enum;
        }

        if (KnownTypes.Is(type, "System.Numerics", "BigInteger")) return VariableKind.BigInteger;
        if (KnownTypes.Is(type, "System", "DateTimeOffset")) return VariableKind.DateTimeOffset;
        if (KnownTypes.Is(type, "System", "DateOnly")) return VariableKind.DateOnly;
        if (KnownTypes.Is(type, "System", "Guid")) return VariableKind.Guid;
        if (KnownTypes.Is(type, "System.Text.Json", "JsonElement")) return VariableKind.JsonElement;
        if (KnownTypes.Is(type, "System.Text.Json.Nodes", "JsonNode")) return VariableKind.JsonNode;

        return IsJsonSerializable(type) ? VariableKind.Json : null;
    }

    /// <summary>
    /// Records, classes, structs, arrays and the generic collection interfaces System.Text.Json can create. Framework
    /// types of the <c>System</c> namespace that are not in the binding table (<c>TimeSpan</c>, <c>Uri</c>, tuples,
    /// <c>Task</c>, …), streams, sockets and other I/O types, <c>byte[]</c> (System.Text.Json writes it as a base64
    /// string, not a json variable), ref structs, delegates and type parameters are not variables.
    /// </summary>
    private static bool IsJsonSerializable(ITypeSymbol type)
    {
        if (type.IsRefLikeType)
        {
            return false;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.IsSZArray
                && array.ElementType.SpecialType != SpecialType.System_Byte
                && array.ElementType.TypeKind is not (TypeKind.Pointer or TypeKind.FunctionPointer);
        }

        if (type is not INamedTypeSymbol named || named.IsUnboundGenericType || named.IsTupleType)
        {
            return false;
        }

        var ns = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (named.TypeKind == TypeKind.Interface)
        {
            return ns == "System.Collections.Generic" && JsonCollectionInterfaces.Contains(named.MetadataName);
        }

        if (named.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return false;
        }

        return ns != "System" && !UnserializableNamespaces.Any(prefix => ns.StartsWith(prefix, System.StringComparison.Ordinal));
    }
}
