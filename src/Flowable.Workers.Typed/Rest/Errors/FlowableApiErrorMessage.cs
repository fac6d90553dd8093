using System.Globalization;
using System.Net;
using System.Text;

namespace Flowable.Workers.Typed;

/// <summary>Formats the message of a <see cref="FlowableApiException"/>: <c>Flowable returned 404 Not Found for POST /path: detail</c>.</summary>
internal static class FlowableApiErrorMessage
{
    public static string Format(FlowableApiError error)
    {
        var builder = StatusAndRequest(error);
        var detail = error.FlowableExceptionMessage ?? error.FlowableMessage;
        if (!string.IsNullOrWhiteSpace(detail))
        {
            builder.Append(": ").Append(detail);
        }

        return builder.ToString();
    }

    public static string FormatUnreadable(FlowableApiError error, Exception? cause)
    {
        var builder = StatusAndRequest(error).Append(" with a body that is not the expected JSON");
        if (cause is not null)
        {
            builder.Append(": ").Append(cause.Message);
        }

        return builder.ToString();
    }

    private static StringBuilder StatusAndRequest(FlowableApiError error)
    {
        var builder = new StringBuilder("Flowable returned ");
        builder.Append(((int)error.StatusCode).ToString(CultureInfo.InvariantCulture));
        var reason = ReasonPhrase(error.StatusCode);
        if (reason.Length > 0)
        {
            builder.Append(' ').Append(reason);
        }

        return builder.Append(" for ").Append(error.RequestMethod).Append(' ').Append(error.RequestPath);
    }

    /// <summary>
    /// The standard reason phrase, spelled out from the status name (<c>NotFound</c> → <c>Not Found</c>). Tomcat, which
    /// Flowable runs on, sends no reason phrase, so the response's own cannot be used.
    /// </summary>
    internal static string ReasonPhrase(HttpStatusCode statusCode)
    {
        var name = statusCode.ToString();
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                builder.Append(' ');
            }

            builder.Append(name[i]);
        }

        return builder.ToString();
    }
}
