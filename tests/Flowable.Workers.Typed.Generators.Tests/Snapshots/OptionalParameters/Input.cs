// The sample workers are not documented; CS1591 stays on for the generated files.
#pragma warning disable CS1591

using System;
using System.Threading.Tasks;
using Flowable.Workers.Typed;

namespace Samples.Optional;

public enum Channel
{
    Email,
    Sms,
}

public interface IAudit
{
    void Record(string message);
}

[ExternalWorker("notify")]
public partial class Notify
{
    public Notify(IServiceProvider services, IAudit? audit, TimeProvider? clock = null, int maxLength = 160)
    {
    }

    public ValueTask HandleAsync(
        string? note,
        int? count,
        DateTimeOffset? sentAt,
        Channel? preferred,
        string greeting = "Hello \"you\"",
        int attempts = 3,
        long budget = -5000000000,
        short level = 2,
        double factor = 0.1,
        float scale = 1.5f,
        decimal fee = 12.50m,
        bool urgent = true,
        Channel channel = Channel.Sms,
        DateTime deadline = default,
        string? fallback = null) => ValueTask.CompletedTask;
}
