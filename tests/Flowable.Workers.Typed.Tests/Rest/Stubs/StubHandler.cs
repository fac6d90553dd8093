using System.Net;

namespace Flowable.Workers.Typed.Tests.Rest.Stubs;

/// <summary>An in-memory HTTP endpoint: answers each request with <c>respond</c> and keeps what was sent.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly List<SentRequest> _requests = [];

    public StubHandler()
        : this(_ => new HttpResponseMessage(HttpStatusCode.NoContent))
    {
    }

    public IReadOnlyList<SentRequest> Requests => _requests;

    public SentRequest Single => Assert.Single(_requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Add(new SentRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Headers.UserAgent.ToString(),
            request.Content?.Headers.ContentType?.MediaType,
            body));
        var response = respond(request);
        response.RequestMessage = request;
        return response;
    }
}

internal sealed record SentRequest(string Method, Uri Uri, string? Authorization, string UserAgent, string? ContentType, string? Body);
