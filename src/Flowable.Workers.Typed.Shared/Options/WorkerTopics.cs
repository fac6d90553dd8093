using System;

namespace Flowable.Workers.Typed.Shared;

/// <summary>When two workers' topics count as one: the rule of the duplicate-topic analyzer (FLW0041), the host's
/// duplicate check and the lookup of <c>Flowable:Workers:&lt;topic&gt;</c>.</summary>
/// <remarks>
/// Topics equal but for case are one topic. Configuration keys are case-insensitive, so such workers could not be
/// configured apart; and Flowable compares the topic in SQL, which on databases with case-insensitive collations
/// (the defaults of MySQL and SQL Server) hands either worker the other's jobs.
/// </remarks>
internal static class WorkerTopics
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;
}
