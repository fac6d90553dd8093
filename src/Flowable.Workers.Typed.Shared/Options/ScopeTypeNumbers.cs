namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// The numbers of the runtime's <c>ScopeType</c> members: the enum takes its values from here, and the settings, the
/// option bounds and the analyzers compare against them.
/// </summary>
internal static class ScopeTypeNumbers
{
    public const int Any = 0;
    public const int Bpmn = 1;
    public const int Cmmn = 2;
}
