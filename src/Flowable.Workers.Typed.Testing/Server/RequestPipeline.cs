using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Flowable.Workers.Typed.Testing.Engine;
using Microsoft.AspNetCore.Http;

namespace Flowable.Workers.Typed.Testing.Server;

/// <summary>
/// Every request's way through the emulator: injected faults first (as a network or proxy would), then the context
/// path, then the security layer's 401, then the API; a lost answer is served and then dropped. Each request is logged
/// with the status it got.
/// </summary>
internal sealed class RequestPipeline(
    string contextPath,
    EmulatorAuthentication authentication,
    EmulatorFaults faults,
    RequestLog log,
    ExternalJobApi api)
{
    private const string ApiRoot = "/external-job-api";

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var path = request.Path.Value ?? string.Empty;
        var inContext = contextPath.Length == 0 || path == contextPath || path.StartsWith(contextPath + "/", StringComparison.Ordinal);
        var apiPath = inContext && path.StartsWith(contextPath + ApiRoot + "/", StringComparison.Ordinal)
            ? path[(contextPath.Length + ApiRoot.Length)..]
            : null;

        var logged = log.Received(request, body);
        var fault = faults.Decide(EndpointOf.Request(request.Method, apiPath));
        var delayed = fault.Latency <= TimeSpan.Zero || await DelayAsync(fault.Latency, context.RequestAborted, stopping).ConfigureAwait(false);
        if (!delayed || fault.Drop)
        {
            context.Abort();
            return;
        }

        ApiResponse answer;
        if (fault.StatusCode is { } injected)
        {
            answer = ApiResponse.Empty(injected);
        }
        else if (!inContext)
        {
            answer = ApiResponse.Empty(404);
        }
        else if (!authentication.Admits(request.Headers.Authorization))
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Realm\"";
            answer = ApiResponse.Empty(401);
        }
        else if (apiPath is null)
        {
            answer = ApiResponse.Empty(404);
        }
        else
        {
            var apiUrl = $"{request.Scheme}://{request.Host}{contextPath}{ApiRoot}";
            answer = Serve(request.Method, apiPath, request.Query, body, apiUrl);
        }

        if (fault.DropAnswer)
        {
            log.AnswerLost(logged, answer.StatusCode);
            if (fault.AnswerHold > TimeSpan.Zero)
            {
                await DelayAsync(fault.AnswerHold, context.RequestAborted, stopping).ConfigureAwait(false);
            }

            context.Abort();
            return;
        }

        log.Answered(logged, answer.StatusCode);
        await WriteAsync(context.Response, answer, context.RequestAborted).ConfigureAwait(false);
    }

    private ApiResponse Serve(string method, string apiPath, IQueryCollection query, string body, string apiUrl)
    {
        try
        {
            return api.Handle(method, apiPath, query, body, apiUrl);
        }
        catch (Exception unexpected) when (unexpected is ArgumentException or InvalidOperationException or OverflowException)
        {
            var error = FlowableRestException.InternalError(unexpected.Message);
            return ApiResponse.Error(error.StatusCode, error.Category, error.Message);
        }
    }

    private static async Task<bool> DelayAsync(TimeSpan latency, CancellationToken aborted, CancellationToken stopping)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        try
        {
            await Task.Delay(latency, either.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task WriteAsync(HttpResponse response, ApiResponse answer, CancellationToken cancellationToken)
    {
        response.StatusCode = answer.StatusCode;
        if (answer.Body is null)
        {
            return;
        }

        response.ContentType = "application/json;charset=UTF-8";
        await response.WriteAsync(answer.Body.ToJsonString(JsonOptions), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
    }
}
