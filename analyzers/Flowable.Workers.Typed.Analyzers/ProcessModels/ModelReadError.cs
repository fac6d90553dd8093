namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>Why a model file could not be read, and where.</summary>
/// <param name="Message">What is wrong, for a person.</param>
/// <param name="Span">Where in the file.</param>
internal sealed record ModelReadError(string Message, ModelSpan Span);
