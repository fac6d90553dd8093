using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators;

/// <summary>Emits the variable binding, result mapping and registration code of every <c>[ExternalWorker]</c> class.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ExternalWorkerGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
