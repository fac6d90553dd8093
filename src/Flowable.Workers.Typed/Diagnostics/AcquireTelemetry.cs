using System.Diagnostics;

namespace Flowable.Workers.Typed.Diagnostics;

/// <summary>The span and metrics of one acquire request.</summary>
internal static class AcquireTelemetry
{
    public static Activity? Start(string topic, string workerId, int requested)
    {
        var activity = FlowableInstruments.Source.StartActivity(FlowableWorkersTelemetry.AcquireActivityName, ActivityKind.Client);
        if (activity is not null)
        {
            activity.DisplayName = $"acquire {topic}";
            if (activity.IsAllDataRequested)
            {
                activity.SetTag(TelemetryTags.Topic, topic);
                activity.SetTag(TelemetryTags.WorkerId, workerId);
                activity.SetTag(TelemetryTags.RequestedCount, requested);
            }
        }

        return activity;
    }

    public static void Succeeded(Activity? activity, string topic, int count)
    {
        activity?.SetTag(TelemetryTags.JobCount, count);
        if (count > 0)
        {
            FlowableInstruments.JobsAcquired.Add(count, new KeyValuePair<string, object?>(TelemetryTags.Topic, topic));
        }
    }

    public static void Failed(Activity? activity, string topic, Exception exception)
    {
        var errorType = ErrorType(exception);
        FlowableInstruments.PollErrors.Add(
            1,
            new KeyValuePair<string, object?>(TelemetryTags.Topic, topic),
            new KeyValuePair<string, object?>(TelemetryTags.ErrorType, errorType));
        if (activity is not null)
        {
            activity.SetTag(TelemetryTags.ErrorType, errorType);
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        }
    }

    /// <summary>The HTTP status code of a Flowable error, else the exception's type name (a transport failure or timeout).</summary>
    private static string ErrorType(Exception exception) => exception switch
    {
        FlowableApiException api => ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => exception.GetType().FullName ?? exception.GetType().Name,
    };
}
