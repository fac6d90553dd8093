using System.Net;
using System.Text;

namespace Flowable.Workers.Typed.Tests.Rest.Stubs;

internal static class StubResponses
{
    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Text(HttpStatusCode status, string text, string mediaType = "text/plain") =>
        new(status) { Content = new StringContent(text, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Empty(HttpStatusCode status) => new(status) { Content = new ByteArrayContent([]) };
}
