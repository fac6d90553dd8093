using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Tests.Replay;

/// <summary>
/// A Kestrel server on 127.0.0.1 (free port) that answers every request with the response of the interaction it was
/// told to replay, and keeps the request it received.
/// </summary>
public sealed class ReplayServer : IAsyncLifetime
{
    private WebApplication? _app;
    private RecordedInteraction? _interaction;
    private ReceivedRequest? _received;

    public Uri BaseAddress { get; private set; } = null!;

    internal ReceivedRequest? Received => Volatile.Read(ref _received);

    internal void Replay(RecordedInteraction interaction)
    {
        Volatile.Write(ref _received, null);
        Volatile.Write(ref _interaction, interaction);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(AnswerAsync);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Volatile.Write(ref _received, new ReceivedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            body));

        var interaction = Volatile.Read(ref _interaction)
            ?? throw new InvalidOperationException("The replay server was not told which interaction to replay.");
        context.Response.StatusCode = interaction.Status;
        if (interaction.ResponseHeaders.TryGetValue("WWW-Authenticate", out var challenge))
        {
            context.Response.Headers.WWWAuthenticate = challenge;
        }

        if (!interaction.ResponseIsEmpty && interaction.ResponseBody is not null)
        {
            context.Response.ContentType = interaction.ResponseHeaders.GetValueOrDefault("Content-Type", "application/json");
            await context.Response.WriteAsync(interaction.ResponseBody.ToJsonString(), context.RequestAborted);
        }
    }
}

internal sealed record ReceivedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string Body)
{
    public string Path => RawTarget.Split('?', 2)[0];

    public string QueryString => RawTarget.Contains('?', StringComparison.Ordinal) ? RawTarget[RawTarget.IndexOf('?', StringComparison.Ordinal)..] : "";
}
