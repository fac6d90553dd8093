namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>The engine a model runs on: a BPMN process or a CMMN case.</summary>
internal enum ModelScope
{
    /// <summary>A BPMN process (<c>serviceTask</c> with <c>flowable:type="external-worker"</c>).</summary>
    Bpmn,

    /// <summary>A CMMN case (<c>task</c> with <c>flowable:type="external-worker"</c>).</summary>
    Cmmn,
}
