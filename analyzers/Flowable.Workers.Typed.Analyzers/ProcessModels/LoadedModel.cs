namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>A model file the project listed, as read.</summary>
/// <param name="Path">The file's path, as the compiler got it.</param>
/// <param name="Model">What it says.</param>
internal sealed record LoadedModel(string Path, ProcessModelFile Model)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
