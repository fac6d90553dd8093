namespace Flowable.Workers.Typed.Hosting.Tests.Workers;

/// <summary>Ends each job the way its <c>mode</c> variable says: complete, BPMN error or failure.</summary>
[ExternalWorker("hosting.telemetry", MaxConcurrency = 4, NumberOfTasks = 4)]
public sealed partial class TelemetryWorker
{
    public void Handle(string mode)
    {
        switch (mode)
        {
            case "bpmnError":
                throw new BpmnErrorException("rejected");
            case "fail":
                throw new InvalidOperationException("The handler failed on purpose");
        }
    }
}
