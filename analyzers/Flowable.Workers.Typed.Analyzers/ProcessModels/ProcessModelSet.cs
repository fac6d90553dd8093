using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// The model files of one compilation (additional files marked <c>FlowableModel</c> by the package's build props),
/// indexed by topic. Built per compilation from cached parses: only the index is rebuilt when a C# file changes.
/// </summary>
internal sealed class ProcessModelSet
{
    /// <summary>The metadata the package's props put on the additional files made from <c>FlowableModel</c> items.</summary>
    public const string ModelMetadata = "build_metadata.AdditionalFiles.FlowableModel";

    private readonly Dictionary<string, List<ModelTaskRef>> tasksByTopic = new(StringComparer.Ordinal);
    private readonly List<ModelTaskRef> expressionTopicTasks = [];
    private readonly Dictionary<string, List<(CallActivitySite Site, LoadedModel File)>> callersByProcess = new(StringComparer.Ordinal);

    private ProcessModelSet(IReadOnlyList<LoadedModel> files)
    {
        Files = files;
        foreach (var file in files)
        {
            foreach (var task in file.Model.Tasks)
            {
                var reference = new ModelTaskRef(task, file);
                if (task.TopicIsExpression)
                {
                    expressionTopicTasks.Add(reference);
                }
                else if (task.Topic.Length > 0)
                {
                    Add(tasksByTopic, task.Topic, reference);
                }
            }

            foreach (var call in file.Model.CallActivities)
            {
                Add(callersByProcess, call.CalledElement, (call, file));
            }
        }
    }

    public IReadOnlyList<LoadedModel> Files { get; }

    /// <summary>Some model could not be read (FLW0059), so a topic missing from the others may be in it.</summary>
    public bool HasUnreadableFile => Files.Any(file => file.Model.ReadError is not null);

    /// <summary>Every task with a literal topic.</summary>
    public IEnumerable<ModelTaskRef> LiteralTopicTasks => tasksByTopic.Values.SelectMany(tasks => tasks);

    /// <summary>The model files the compilation lists, read through <paramref name="cache"/>; null when there is none.</summary>
    public static ProcessModelSet? Load(AnalyzerOptions options, ProcessModelCache cache, CancellationToken cancellationToken)
    {
        var files = new List<LoadedModel>();
        foreach (var additionalFile in options.AdditionalFiles)
        {
            if (!options.AnalyzerConfigOptionsProvider.GetOptions(additionalFile).TryGetValue(ModelMetadata, out var marked)
                || !ProcessModelReader.IsTrue(marked))
            {
                continue;
            }

            var text = additionalFile.GetText(cancellationToken);
            var model = text is null
                ? ProcessModelFile.Unreadable(new ModelReadError("the compiler could not read the file", ModelSpan.FileStart))
                : cache.Get(text, cancellationToken);
            files.Add(new LoadedModel(additionalFile.Path, model));
        }

        return files.Count == 0 ? null : new ProcessModelSet(files);
    }

    /// <summary>The tasks whose literal topic is <paramref name="topic"/>.</summary>
    public IReadOnlyList<ModelTaskRef> TasksOf(string topic) =>
        tasksByTopic.TryGetValue(topic, out var tasks) ? tasks : [];

    /// <summary>Whether some task's topic is an expression (in <paramref name="scope"/>, or in any scope when null).</summary>
    public bool HasExpressionTopic(ModelScope? scope = null) =>
        expressionTopicTasks.Any(task => scope is null || task.Task.Scope == scope);

    /// <summary>The task whose literal topic is closest to <paramref name="topic"/> (edit distance, ignoring case first).</summary>
    public ModelTaskRef? Closest(string topic) =>
        tasksByTopic
            .OrderBy(pair => EditDistance.Between(pair.Key.ToUpperInvariant(), topic.ToUpperInvariant()))
            .ThenBy(pair => EditDistance.Between(pair.Key, topic))
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Value[0])
            .FirstOrDefault();

    /// <summary>
    /// Whether an error with <paramref name="code"/> thrown at <paramref name="task"/> is caught: around the task, or
    /// around a call activity that starts its process (Flowable propagates an uncaught error to the calling process).
    /// </summary>
    public bool IsCaught(ModelTaskRef task, string code) =>
        task.Task.Catch.Catches(task.File.Model.ResolveErrorCode(code))
        || IsCaughtByCallers(task.Task.ContainerId, code, new HashSet<string>(StringComparer.Ordinal));

    private bool IsCaughtByCallers(string processId, string code, HashSet<string> visited)
    {
        if (!visited.Add(processId) || !callersByProcess.TryGetValue(processId, out var callers))
        {
            return false;
        }

        return callers.Any(caller =>
            caller.Site.Catch.Catches(caller.File.Model.ResolveErrorCode(code))
            || IsCaughtByCallers(caller.Site.ProcessId, code, visited));
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var values))
        {
            map[key] = values = [];
        }

        values.Add(value);
    }
}
