namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>Where something is in a model file: a span on one line, positions counted from zero.</summary>
/// <param name="Start">The offset of the first character in the file's text.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Line">The line.</param>
/// <param name="Column">The column of the first character.</param>
internal sealed record ModelSpan(int Start, int Length, int Line, int Column)
{
    public static ModelSpan FileStart { get; } = new(0, 0, 0, 0);
}
