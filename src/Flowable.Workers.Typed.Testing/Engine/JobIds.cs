namespace Flowable.Workers.Typed.Testing.Engine;

/// <summary>Ids in the style of Flowable Work (<c>JOB-</c>, <c>PRC-</c>, <c>CAS-</c>, <c>PLI-</c> prefixes before a UUID).</summary>
internal static class JobIds
{
    public static string New(string prefix) => prefix + Guid.NewGuid().ToString("D");

    public static string Plain() => Guid.NewGuid().ToString("D");

    public static EmulatorJobState Assign(EmulatorJobDefinition definition, int defaultRetries, DateTimeOffset now)
    {
        var bpmn = definition.IsBpmn;
        return new EmulatorJobState
        {
            Id = definition.Id ?? New("JOB-"),
            Topic = definition.Topic,
            CorrelationId = definition.CorrelationId ?? Plain(),
            ProcessInstanceId = bpmn ? definition.ProcessInstanceId ?? New("PRC-") : null,
            ProcessDefinitionId = bpmn ? definition.ProcessDefinitionId ?? New("PRC-externalWorkerProcess:1:") : null,
            ExecutionId = bpmn ? definition.ExecutionId ?? New("PRC-") : null,
            ScopeId = bpmn ? null : definition.ScopeId ?? New("CAS-"),
            SubScopeId = bpmn ? null : definition.SubScopeId ?? New("PLI-"),
            ScopeDefinitionId = bpmn ? null : definition.ScopeDefinitionId ?? New("CAS-externalWorkerCase:1:"),
            ScopeType = definition.ScopeType,
            ElementId = definition.ElementId,
            ElementName = definition.ElementName,
            TenantId = definition.TenantId,
            Retries = definition.Retries ?? defaultRetries,
            DueDate = definition.DueDate,
            CreateTime = now,
            Variables = [.. definition.Variables],
            History = [new EmulatorJobEvent(EmulatorJobEventKind.Created, now, null)],
        };
    }
}
