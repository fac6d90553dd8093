namespace Flowable.Workers.Typed.Engine;

/// <summary>Why a job is given back unfinished, as the log line says it.</summary>
internal static class GiveBackReason
{
    public const string Stopping = "the subscription is stopping";
    public const string LockExpiring = "its lock was about to expire";
    public const string WaitedTooLong = "it waited for a free slot until too little of its lock was left";
    public const string WaitedForOlderRun = "it waited for an older run of it to end until too little of its lock was left";
    public const string NoSlot = "the server sent more jobs than were asked for";
}
