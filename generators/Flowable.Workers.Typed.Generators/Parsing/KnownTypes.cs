using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

/// <summary>The types the parser recognises, compared by namespace and metadata name (the runtime's from <see cref="RuntimeNames"/>).</summary>
internal static class KnownTypes
{
    public const string ExternalWorkerAttribute = RuntimeNames.ExternalWorkerAttribute;
    public const string ExternalWorkerJsonContextAttributeName = RuntimeNames.ExternalWorkerJsonContextAttribute;

    public static bool Is(ITypeSymbol? type, string containingNamespace, string metadataName) =>
        type is INamedTypeSymbol named
        && named.MetadataName == metadataName
        && named.ContainingType is null
        && named.ContainingNamespace?.ToDisplayString() == containingNamespace;

    /// <summary>Whether <paramref name="type"/> is the runtime's type of the full metadata name <paramref name="fullName"/> (a <see cref="RuntimeNames"/> constant).</summary>
    public static bool IsRuntimeType(ITypeSymbol? type, string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return Is(type, fullName.Substring(0, dot), fullName.Substring(dot + 1));
    }

    public static bool IsCancellationToken(ITypeSymbol type) => Is(type, "System.Threading", "CancellationToken");

    public static bool IsServiceProvider(ITypeSymbol type) => Is(type, "System", "IServiceProvider");

    public static bool IsJsonSerializerContext(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, "System.Text.Json.Serialization", "JsonSerializerContext"))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsActivatorUtilitiesConstructor(AttributeData attribute) =>
        Is(attribute.AttributeClass, "Microsoft.Extensions.DependencyInjection", "ActivatorUtilitiesConstructorAttribute");
}
