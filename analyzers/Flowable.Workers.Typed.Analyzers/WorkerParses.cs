using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Flowable.Workers.Typed.Generators.Models;
using Flowable.Workers.Typed.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Analyzers;

/// <summary>
/// The generator's parse of each worker, shared by the analyzers that need it (the worker analyzer and the model
/// checks), so that a build parses a worker once. Keyed by the worker's symbol, so it goes with its compilation.
/// </summary>
internal static class WorkerParses
{
    private static readonly ConditionalWeakTable<INamedTypeSymbol, WorkerParse> Parses = new();

    /// <summary>The parse of <paramref name="worker"/>, whose <c>[ExternalWorker]</c> is <paramref name="attribute"/>.</summary>
    public static WorkerParse Get(INamedTypeSymbol worker, AttributeData attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        if (Parses.TryGetValue(worker, out var known))
        {
            return known;
        }

        var problems = new List<WorkerProblem>();
        var model = Parser.ParseWorker(worker, attribute, compilation.Assembly, problems, cancellationToken);
        var parse = new WorkerParse(model, problems);
        return Parses.GetValue(worker, _ => parse);
    }
}

/// <summary>What the generator's parser made of a worker: its model (null when it cannot be generated) and its problems.</summary>
internal sealed record WorkerParse(WorkerModel? Model, IReadOnlyList<WorkerProblem> Problems);
