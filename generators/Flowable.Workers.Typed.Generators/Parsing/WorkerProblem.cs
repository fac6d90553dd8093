using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

/// <summary>
/// One reason a worker is invalid, with the symbol to report it on. Problems never enter the generator's pipeline
/// (which only carries models); the analyzers run the same parser and turn them into diagnostics.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Symbol">The class, method, parameter or property at fault.</param>
/// <param name="Detail">The offending value or type, for the diagnostic's message; null when the kind says it all.</param>
/// <param name="AttributeArgument">
/// For a problem with an <c>[ExternalWorker]</c> option, the argument at fault (<c>topic</c>, <c>LockDuration</c>, …),
/// so a diagnostic can point at it; null otherwise.
/// </param>
internal sealed record WorkerProblem(WorkerProblemKind Kind, ISymbol Symbol, string? Detail = null, string? AttributeArgument = null);
