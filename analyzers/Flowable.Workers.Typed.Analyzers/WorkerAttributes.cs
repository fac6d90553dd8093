using System.Linq;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Analyzers;

/// <summary>The <c>[ExternalWorker]</c> attribute, resolved once per compilation and compared as a symbol.</summary>
internal static class WorkerAttributes
{
    /// <summary>The runtime's attribute type in <paramref name="compilation"/>; null when the runtime is not referenced.</summary>
    public static INamedTypeSymbol? Resolve(Compilation compilation) => compilation.GetTypeByMetadataName(RuntimeNames.ExternalWorkerAttribute);

    /// <summary>The <c>[ExternalWorker]</c> on <paramref name="type"/>, or null.</summary>
    public static AttributeData? Find(ISymbol type, INamedTypeSymbol attributeType) =>
        type.GetAttributes().FirstOrDefault(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType));
}
