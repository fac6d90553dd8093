namespace Flowable.Workers.Typed.Shared;

/// <summary>The names a worker's handler method may have: exactly one public instance method named so.</summary>
internal static class HandlerNames
{
    public const string Handle = "Handle";
    public const string HandleAsync = "HandleAsync";

    public static bool IsHandlerName(string name) => name is Handle or HandleAsync;
}
