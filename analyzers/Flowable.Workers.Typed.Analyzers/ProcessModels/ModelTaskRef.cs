namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>An external-worker task and the file it is in.</summary>
internal sealed record ModelTaskRef(ExternalWorkerTask Task, LoadedModel File)
{
    /// <summary>The arguments naming the task in messages: element id, "process"/"case", container id, file name.</summary>
    public object[] Describe() => [Task.ElementId, Task.ContainerKind, Task.ContainerId, File.FileName];
}
