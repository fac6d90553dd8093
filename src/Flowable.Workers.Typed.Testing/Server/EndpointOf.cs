namespace Flowable.Workers.Typed.Testing.Server;

/// <summary>Which endpoint a request is for, from its method and its path under the API root.</summary>
internal static class EndpointOf
{
    public static EmulatorEndpoint Request(string method, string? apiPath)
    {
        if (apiPath is null)
        {
            return EmulatorEndpoint.Other;
        }

        var post = string.Equals(method, "POST", StringComparison.Ordinal);
        var get = string.Equals(method, "GET", StringComparison.Ordinal);
        return apiPath.Split('/')[1..] switch
        {
            ["acquire", "jobs"] when post => EmulatorEndpoint.Acquire,
            ["acquire", "jobs", _, "complete"] when post => EmulatorEndpoint.Complete,
            ["acquire", "jobs", _, "bpmnError"] when post => EmulatorEndpoint.BpmnError,
            ["acquire", "jobs", _, "cmmnTerminate"] when post => EmulatorEndpoint.CmmnTerminate,
            ["acquire", "jobs", _, "fail"] when post => EmulatorEndpoint.Fail,
            ["jobs"] when get => EmulatorEndpoint.ListJobs,
            ["jobs", _] when get => EmulatorEndpoint.GetJob,
            ["unacquire", "jobs"] when post => EmulatorEndpoint.UnacquireAll,
            ["unacquire", "jobs", _] when post => EmulatorEndpoint.Unacquire,
            _ => EmulatorEndpoint.Other,
        };
    }
}
