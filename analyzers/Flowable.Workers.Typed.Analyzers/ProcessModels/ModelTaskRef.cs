namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>An external-worker task and the file it is in.</summary>
internal sealed record ModelTaskRef(ExternalWorkerTask Task, LoadedModel File)
{
    /// <summary>The arguments naming the task in messages: element id, "process"/"case", container id, file name.</summary>
    public object[] Describe() => new object[] { Task.ElementId, Task.ContainerKind, Task.ContainerId, File.FileName };

    /// <summary>
    /// Message arguments: <paramref name="before"/>, the task's (<see cref="Describe"/>), then <paramref name="after"/>.
    /// Built without collection-expression spreads, which on netstandard2.0 would reference System.Memory, an assembly
    /// compiler hosts do not load.
    /// </summary>
    public object[] Arguments(object[] before, params object[] after) =>
        System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Concat(System.Linq.Enumerable.Concat(before, Describe()), after));
}
