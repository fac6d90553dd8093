using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Variables;

/// <summary>Names a <see cref="Type"/> as C# does (<c>List&lt;int&gt;</c>, not <c>List`1</c>), as the generator names its symbol.</summary>
internal static class ClrTypeNames
{
    public static string CSharpName(Type type)
    {
        if (type.IsArray)
        {
            return CSharpTypeName.Array(CSharpName(type.GetElementType()!), type.GetArrayRank());
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return CSharpTypeName.Nullable(CSharpName(underlying));
        }

        var typeArguments = type.IsGenericType ? Array.ConvertAll(type.GetGenericArguments(), CSharpName) : [];
        return CSharpTypeName.Named(type.Namespace, type.Name, typeArguments);
    }
}
