using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

/// <summary>Names of the types the parser recognises, compared by namespace and metadata name.</summary>
internal static class KnownTypes
{
    public const string RuntimeNamespace = "Flowable.Workers.Typed";
    public const string ExternalWorkerAttribute = RuntimeNamespace + ".ExternalWorkerAttribute";
    public const string ExternalWorkerJsonContextAttributeName = "ExternalWorkerJsonContextAttribute";
    public const string VariableAttributeName = "VariableAttribute";
    public const string ExternalWorkerJobName = "ExternalWorkerJob";
    public const string WorkerResultName = "WorkerResult";

    public static bool Is(ITypeSymbol? type, string containingNamespace, string metadataName) =>
        type is INamedTypeSymbol named
        && named.MetadataName == metadataName
        && named.ContainingType is null
        && named.ContainingNamespace?.ToDisplayString() == containingNamespace;

    public static bool IsRuntimeType(ITypeSymbol? type, string metadataName) => Is(type, RuntimeNamespace, metadataName);

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
