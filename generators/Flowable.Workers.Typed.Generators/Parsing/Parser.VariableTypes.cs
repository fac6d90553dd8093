using System.Linq;
using Flowable.Workers.Typed.Generators.Models;
using Flowable.Workers.Typed.Shared;
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

    private static string ExpectedType(BindingKind kind, ITypeSymbol type) => BindingTable.ExpectedTypeOf(BindingTable.For(kind), CSharpName(type));

    /// <summary>The type as C# names it, without namespaces: <c>Order</c>, <c>List&lt;int&gt;</c>, <c>Order[]</c>, <c>int?</c>.</summary>
    private static string CSharpName(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => CSharpTypeName.Array(CSharpName(array.ElementType), array.Rank),
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => CSharpTypeName.Nullable(CSharpName(nullable.TypeArguments[0])),
        INamedTypeSymbol named => CSharpTypeName.Named(named.ContainingNamespace?.ToDisplayString(), named.MetadataName, named.TypeArguments.Select(CSharpName).ToList()),
        _ => type.Name,
    };

    private static BindingKind? Classify(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Enum)
        {
            return BindingKind.Enum;
        }

        if (type is INamedTypeSymbol { ContainingType: null } named
            && BindingTable.Find(named.ContainingNamespace?.ToDisplayString(), named.MetadataName) is { } row)
        {
            return row.Kind;
        }

        // Predefined types that are not in the table (object, byte, char, IntPtr, …) are not variables.
        return type.SpecialType == SpecialType.None && IsJsonSerializable(type) ? BindingKind.Json : null;
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
