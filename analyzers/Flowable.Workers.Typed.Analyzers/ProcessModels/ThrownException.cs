using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>A <c>throw new BpmnErrorException(...)</c> or <c>throw new CmmnTerminateException(...)</c> in a handler.</summary>
/// <param name="Scope">BPMN for a BPMN error, CMMN for a case termination.</param>
/// <param name="ErrorCode">The error code when it is a constant (literal or const); null otherwise.</param>
/// <param name="Location">The error code argument when constant, else the created exception.</param>
internal sealed record ThrownException(ModelScope Scope, string? ErrorCode, Location Location)
{
    public string TypeName => Scope == ModelScope.Bpmn ? "BpmnErrorException" : "CmmnTerminateException";
}
