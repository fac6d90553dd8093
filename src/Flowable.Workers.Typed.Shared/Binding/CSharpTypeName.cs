using System.Collections.Generic;

namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// Names types as C# does (<c>int</c>, <c>List&lt;int&gt;</c>, <c>Order[]</c>, <c>int?</c>), without namespaces or
/// containing types. The generator walks type symbols and the runtime walks <c>System.Type</c>s through these
/// functions, so an error message words a type the same at compile time and at run time.
/// </summary>
internal static class CSharpTypeName
{
    /// <summary>The keyword of a predefined type (<c>System.Int32</c> is <c>int</c>), or null.</summary>
    public static string? Keyword(string? ns, string metadataName) => ns != "System" ? null : metadataName switch
    {
        "Object" => "object",
        "String" => "string",
        "Boolean" => "bool",
        "Char" => "char",
        "Byte" => "byte",
        "SByte" => "sbyte",
        "Int16" => "short",
        "UInt16" => "ushort",
        "Int32" => "int",
        "UInt32" => "uint",
        "Int64" => "long",
        "UInt64" => "ulong",
        "Single" => "float",
        "Double" => "double",
        "Decimal" => "decimal",
        _ => null,
    };

    /// <summary>A named type: its keyword, or its name without the arity suffix followed by its type arguments.</summary>
    public static string Named(string? ns, string metadataName, IReadOnlyList<string> typeArguments)
    {
        if (Keyword(ns, metadataName) is { } keyword)
        {
            return keyword;
        }

        var tick = metadataName.IndexOf('`');
        var name = tick < 0 ? metadataName : metadataName.Substring(0, tick);
        return typeArguments.Count == 0 ? name : name + "<" + string.Join(", ", typeArguments) + ">";
    }

    public static string Array(string elementName, int rank) => elementName + "[" + new string(',', rank - 1) + "]";

    public static string Nullable(string underlyingName) => underlyingName + "?";
}
