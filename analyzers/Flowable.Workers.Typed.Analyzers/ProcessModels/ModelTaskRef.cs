namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>A model file the project listed, as read.</summary>
/// <param name="Path">The file's path, as the compiler got it.</param>
/// <param name="Model">What it says.</param>
internal sealed record LoadedModel(string Path, ProcessModelFile Model)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>An external-worker task and the file it is in.</summary>
internal sealed record ModelTaskRef(ExternalWorkerTask Task, LoadedModel File)
{
    /// <summary>The arguments naming the task in messages: element id, "process"/"case", container id, file name.</summary>
    public object[] Describe() => [Task.ElementId, Task.ContainerKind, Task.ContainerId, File.FileName];
}
