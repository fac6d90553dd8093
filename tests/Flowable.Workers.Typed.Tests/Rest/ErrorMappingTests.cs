using System.Net;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Tests.Rest.Stubs;

namespace Flowable.Workers.Typed.Tests.Rest;

/// <summary>Every error status becomes a typed exception that says what happened, with or without a body.</summary>
public sealed class ErrorMappingTests
{
    private const string Password = "s3cret-pa55word";
    private const string CompletePath = "/flowable-work/external-job-api/acquire/jobs/JOB-1/complete";

    public static TheoryData<HttpStatusCode, Type> StatusTypes => new()
    {
        { HttpStatusCode.BadRequest, typeof(FlowableBadRequestException) },
        { HttpStatusCode.Unauthorized, typeof(FlowableUnauthorizedException) },
        { HttpStatusCode.Forbidden, typeof(FlowableForbiddenException) },
        { HttpStatusCode.NotFound, typeof(FlowableNotFoundException) },
        { HttpStatusCode.InternalServerError, typeof(FlowableServerException) },
        { HttpStatusCode.BadGateway, typeof(FlowableServerException) },
        { HttpStatusCode.ServiceUnavailable, typeof(FlowableServerException) },
        { HttpStatusCode.Conflict, typeof(FlowableApiException) },
        { HttpStatusCode.MethodNotAllowed, typeof(FlowableApiException) },
    };

    [Theory]
    [MemberData(nameof(StatusTypes))]
    public async Task Status_with_flowable_error_body_maps_to_its_exception_with_both_texts(HttpStatusCode status, Type expectedType)
    {
        var error = await CompleteAgainst(StubResponses.Json(status, """{"message":"Category","exception":"The detail."}"""));

        Assert.IsType(expectedType, error);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("Category", error.FlowableMessage);
        Assert.Equal("The detail.", error.FlowableExceptionMessage);
        Assert.Equal("POST", error.RequestMethod);
        Assert.Equal(CompletePath, error.RequestPath);
        Assert.EndsWith($" for POST {CompletePath}: The detail.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StatusTypes))]
    public async Task Status_with_empty_body_maps_to_its_exception_without_texts(HttpStatusCode status, Type expectedType)
    {
        var error = await CompleteAgainst(StubResponses.Empty(status));

        Assert.IsType(expectedType, error);
        Assert.Null(error.FlowableMessage);
        Assert.Null(error.FlowableExceptionMessage);
        Assert.EndsWith($" for POST {CompletePath}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>", "text/html")]
    [InlineData("{not json", "application/json")]
    [InlineData("[1,2]", "application/json")]
    [InlineData("{\"message\":42,\"exception\":{\"nested\":true}}", "application/json")]
    public async Task Bodies_that_are_not_flowable_errors_give_no_texts(string body, string mediaType)
    {
        var error = await CompleteAgainst(StubResponses.Text(HttpStatusCode.BadGateway, body, mediaType));

        Assert.IsType<FlowableServerException>(error);
        Assert.Null(error.FlowableMessage);
        Assert.Null(error.FlowableExceptionMessage);
        Assert.Equal($"Flowable returned 502 Bad Gateway for POST {CompletePath}", error.Message);
    }

    [Fact]
    public async Task An_error_body_past_64_KB_is_cut_there_and_read_as_no_Flowable_error()
    {
        var padding = new string(' ', 70 * 1024);
        var error = await CompleteAgainst(StubResponses.Json(HttpStatusCode.InternalServerError, "{\"message\":\"late\"" + padding + "}"));

        Assert.IsType<FlowableServerException>(error);
        Assert.Null(error.FlowableMessage);
        Assert.Equal($"Flowable returned 500 Internal Server Error for POST {CompletePath}", error.Message);
    }

    [Fact]
    public async Task Error_bodies_read_one_after_another_do_not_mix()
    {
        var first = await CompleteAgainst(StubResponses.Json(HttpStatusCode.InternalServerError, """{"message":"first failure, a longer text"}"""));
        var second = await CompleteAgainst(StubResponses.Json(HttpStatusCode.InternalServerError, """{"message":"second"}"""));

        Assert.Equal("first failure, a longer text", first.FlowableMessage);
        Assert.Equal("second", second.FlowableMessage);
    }

    [Fact]
    public async Task Not_found_reads_like_a_sentence()
    {
        var error = await CompleteAgainst(StubResponses.Json(HttpStatusCode.NotFound,
            """{"message":"Not found","exception":"Could not find external worker job with id 'JOB-1'."}"""));

        Assert.IsType<FlowableNotFoundException>(error);
        Assert.Equal(
            $"Flowable returned 404 Not Found for POST {CompletePath}: Could not find external worker job with id 'JOB-1'.",
            error.Message);
    }

    [Fact]
    public async Task A_body_with_only_a_message_uses_the_message()
    {
        var error = await CompleteAgainst(StubResponses.Json(HttpStatusCode.InternalServerError, """{"message":"Internal server error"}"""));

        Assert.Null(error.FlowableExceptionMessage);
        Assert.Equal($"Flowable returned 500 Internal Server Error for POST {CompletePath}: Internal server error", error.Message);
    }

    [Fact]
    public async Task Forbidden_for_a_lost_lock_is_a_lock_not_held_exception()
    {
        var error = await CompleteAgainst(StubResponses.Json(HttpStatusCode.Forbidden,
            """{"message":"Forbidden","exception":"testWorker does not hold a lock on the requested job"}"""));

        var lockLost = Assert.IsType<FlowableLockNotHeldException>(error);
        Assert.IsAssignableFrom<FlowableForbiddenException>(lockLost);
        Assert.Equal("testWorker does not hold a lock on the requested job", lockLost.FlowableExceptionMessage);
    }

    [Fact]
    public async Task Forbidden_by_the_security_layer_is_a_plain_forbidden_exception()
    {
        var error = await CompleteAgainst(StubResponses.Empty(HttpStatusCode.Forbidden));

        Assert.IsType<FlowableForbiddenException>(error);
    }

    [Fact]
    public async Task Unauthorized_keeps_the_challenge_but_not_the_credentials()
    {
        var response = StubResponses.Empty(HttpStatusCode.Unauthorized);
        response.Headers.TryAddWithoutValidation("WWW-Authenticate", "Basic realm=\"Realm\"");

        var error = await CompleteAgainst(response);

        var unauthorized = Assert.IsType<FlowableUnauthorizedException>(error);
        Assert.Equal("Basic realm=\"Realm\"", unauthorized.AuthenticateChallenge);
        Assert.Equal($"Flowable returned 401 Unauthorized for POST {CompletePath}", unauthorized.Message);
    }

    [Theory]
    [MemberData(nameof(StatusTypes))]
    public async Task No_exception_text_reveals_a_secret(HttpStatusCode status, Type expectedType)
    {
        _ = expectedType;
        var handler = new StubHandler(_ => StubResponses.Json(status, """{"message":"m","exception":"e"}"""));
        var api = TestApis.Over(handler, new BasicAuthentication("admin", Password));

        var error = await Assert.ThrowsAnyAsync<FlowableApiException>(() => api.FailJobAsync("JOB-1", new FailJobRequest { WorkerId = "w" }));

        var authorization = handler.Single.Authorization!;
        var text = error.ToString();
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(authorization["Basic ".Length..], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_query_string_is_not_part_of_the_reported_path()
    {
        var api = TestApis.Over(new StubHandler(_ => StubResponses.Empty(HttpStatusCode.BadRequest)));

        var error = await Assert.ThrowsAsync<FlowableBadRequestException>(() => api.ListJobsAsync(new ExternalWorkerJobQuery { Sort = "bogus" }));

        Assert.Equal("/flowable-work/external-job-api/jobs", error.RequestPath);
        Assert.Equal("GET", error.RequestMethod);
    }

    [Fact]
    public async Task Transport_failures_surface_unwrapped()
    {
        var api = TestApis.Over(new StubHandler(_ => throw new HttpRequestException("connection refused")));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => api.GetJobAsync("JOB-1"));

        Assert.Equal("connection refused", error.Message);
    }

    [Fact]
    public void Exceptions_constructed_by_callers_format_the_same_way()
    {
        var error = new FlowableLockNotHeldException(new FlowableApiError(
            HttpStatusCode.Forbidden, "POST", "/external-job-api/acquire/jobs/x/fail", "Forbidden", "w does not hold a lock on the requested job"));

        Assert.Equal("Flowable returned 403 Forbidden for POST /external-job-api/acquire/jobs/x/fail: w does not hold a lock on the requested job", error.Message);
        Assert.Throws<ArgumentNullException>(() => new FlowableApiException(null!));
    }

    private static async Task<FlowableApiException> CompleteAgainst(HttpResponseMessage response)
    {
        var api = TestApis.Over(new StubHandler(_ => response));
        return await Assert.ThrowsAnyAsync<FlowableApiException>(
            () => api.CompleteJobAsync("JOB-1", new CompleteJobRequest { WorkerId = "w" }));
    }
}
