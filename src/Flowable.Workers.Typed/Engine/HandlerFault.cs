namespace Flowable.Workers.Typed.Engine;

/// <summary>Why a run fails although its handler did not choose to fail it; each is logged in its own words.</summary>
internal enum HandlerFault
{
    /// <summary>The handler chose the outcome (a result it returned, or a BPMN error, terminate or failure it threw).</summary>
    None,

    /// <summary>The handler threw an exception that stands for no outcome.</summary>
    Threw,

    /// <summary>A variable the handler takes could not be bound.</summary>
    BadVariable,

    /// <summary>The handler returned null where it promised a result.</summary>
    ReturnedNull,

    /// <summary>The handler ended a job with an outcome its kind of job cannot have (a BPMN error for a CMMN job, or the reverse).</summary>
    WrongScope,
}
