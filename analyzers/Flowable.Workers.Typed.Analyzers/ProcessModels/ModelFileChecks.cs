using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>What is reported in the model files themselves: unreadable files (FLW0059) and tasks without a worker (FLW0051).</summary>
internal static class ModelFileChecks
{
    public static void Report(CompilationAnalysisContext context, ProcessModelSet models, ConcurrentDictionary<string, byte> workerTopics)
    {
        foreach (var file in models.Files)
        {
            if (file.Model.ReadError is { } error)
            {
                context.ReportDiagnostic(Diagnostic.Create(ProcessModelDescriptors.UnreadableModel, At(file, error.Span), file.FileName, error.Message));
            }
        }

        foreach (var task in models.LiteralTopicTasks)
        {
            if (!workerTopics.ContainsKey(task.Task.Topic))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    ProcessModelDescriptors.TaskWithoutWorker,
                    At(task.File, task.Task.Span),
                    task.Arguments(System.Array.Empty<object>(), task.Task.Topic)));
            }
        }
    }

    /// <summary>A location in a model file, with its line span, as the compiler prints it for additional files.</summary>
    public static Location At(LoadedModel file, ModelSpan span) =>
        Location.Create(
            file.Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.Line, span.Column), new LinePosition(span.Line, span.Column + span.Length)));
}
