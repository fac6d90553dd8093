using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Results;

public class WorkerResultTests
{
    [Fact]
    public void Complete_copies_its_variables()
    {
        var variables = new List<RestVariable> { VariableWriter.Int32("n", 1) };

        var result = WorkerResult.Complete(variables);
        variables.Add(VariableWriter.Int32("m", 2));

        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Equal("n", Assert.Single(result.Variables).Name);
        Assert.Null(result.ErrorCode);
        Assert.Null(result.ErrorMessage);
        Assert.Empty(WorkerResult.Complete().Variables);
    }

    [Fact]
    public void Bpmn_error_and_cmmn_terminate_carry_variables()
    {
        var bpmn = WorkerResult.BpmnError("declined", [VariableWriter.String("reason", "expired")]);
        var anyError = WorkerResult.BpmnError(null);
        var terminate = WorkerResult.CmmnTerminate([VariableWriter.Boolean("cancelled", true)]);

        Assert.Equal((WorkerResultKind.BpmnError, "declined", "reason"), (bpmn.Kind, bpmn.ErrorCode, Assert.Single(bpmn.Variables).Name));
        Assert.Equal((WorkerResultKind.BpmnError, (string?)null, 0), (anyError.Kind, anyError.ErrorCode, anyError.Variables.Count));
        Assert.Equal((WorkerResultKind.CmmnTerminate, "cancelled"), (terminate.Kind, Assert.Single(terminate.Variables).Name));
    }

    [Fact]
    public void Fail_keeps_every_value_and_rejects_negative_ones()
    {
        var result = WorkerResult.Fail("down", "trace", 0, TimeSpan.FromMinutes(5));

        Assert.Equal((WorkerResultKind.Fail, "down", "trace", (int?)0, (TimeSpan?)TimeSpan.FromMinutes(5)),
            (result.Kind, result.ErrorMessage, result.ErrorDetails, result.Retries, result.RetryTimeout));
        Assert.Empty(result.Variables);
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkerResult.Fail("x", retries: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkerResult.Fail("x", retryTimeout: TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void A_bpmn_error_exception_becomes_a_bpmn_error()
    {
        var result = WorkerResult.FromException(
            new BpmnErrorException("declined", new VariableList().Variable("reason", "expired").Variable("amount", 12.5m)));

        Assert.Equal(WorkerResultKind.BpmnError, result.Kind);
        Assert.Equal("declined", result.ErrorCode);
        Assert.Equal(["reason", "amount"], result.Variables.Select(v => v.Name));
        Assert.Equal("12.5", result.Variables[1].Value.GetString());
    }

    [Fact]
    public void A_bpmn_error_exception_takes_variables_as_params_and_a_null_code()
    {
        var exception = new BpmnErrorException(null, VariableWriter.Int32("a", 1), VariableWriter.Int32("b", 2));

        var result = WorkerResult.FromException(exception);

        Assert.Null(result.ErrorCode);
        Assert.Equal(2, result.Variables.Count);
        Assert.Equal("BPMN error (any error code)", exception.Message);
        Assert.Equal("BPMN error 'x'", new BpmnErrorException("x").Message);
    }

    [Fact]
    public void A_cmmn_terminate_exception_becomes_a_terminate()
    {
        var result = WorkerResult.FromException(new CmmnTerminateException(VariableWriter.Boolean("cancelled", true)));

        Assert.Equal(WorkerResultKind.CmmnTerminate, result.Kind);
        Assert.Equal("cancelled", Assert.Single(result.Variables).Name);
        Assert.Empty(WorkerResult.FromException(new CmmnTerminateException()).Variables);
    }

    [Fact]
    public void A_worker_failure_exception_fails_with_exactly_its_values()
    {
        var result = WorkerResult.FromException(
            new WorkerFailureException("Payment service down", "HTTP 503", retries: 5, retryTimeout: TimeSpan.FromMinutes(10)));

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Equal("Payment service down", result.ErrorMessage);
        Assert.Equal("HTTP 503", result.ErrorDetails);
        Assert.Equal(5, result.Retries);
        Assert.Equal(TimeSpan.FromMinutes(10), result.RetryTimeout);
    }

    [Fact]
    public void A_worker_failure_without_details_uses_its_cause()
    {
        var cause = new TimeoutException("no answer");

        var result = WorkerResult.FromException(new WorkerFailureException("Payment service down", innerException: cause));

        Assert.Equal(cause.ToString(), result.ErrorDetails);
        Assert.Null(result.Retries);
        Assert.Null(result.RetryTimeout);
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerFailureException("x", retries: -2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerFailureException("x", retryTimeout: TimeSpan.FromTicks(-1)));
    }

    [Fact]
    public void A_variable_conversion_exception_fails_with_its_clear_message()
    {
        var exception = Assert.Throws<VariableConversionException>(() => VariableReader.ReadInt32(new RestVariable("amount", "string", System.Text.Json.JsonElement.Parse("\"abc\""))));

        var result = WorkerResult.FromException(exception);

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Equal("Variable 'amount' expected integer but was string \"abc\"", result.ErrorMessage);
        Assert.Equal(exception.ToString(), result.ErrorDetails);
        Assert.Null(result.Retries);
    }

    [Fact]
    public void Any_other_exception_fails_with_its_message_and_full_text_and_leaves_retries_to_the_server()
    {
        var exception = Throw(() => throw new InvalidOperationException("stock is negative", new ArgumentException("inner cause")));

        var result = WorkerResult.FromException(exception);

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Equal("stock is negative", result.ErrorMessage);
        Assert.Equal(exception.ToString(), result.ErrorDetails);
        Assert.Contains("inner cause", result.ErrorDetails, StringComparison.Ordinal);
        Assert.Contains(nameof(Throw), result.ErrorDetails, StringComparison.Ordinal);
        Assert.Null(result.Retries);
        Assert.Null(result.RetryTimeout);
    }

    [Fact]
    public void An_aggregate_of_one_exception_is_judged_by_that_exception()
    {
        var result = WorkerResult.FromException(new AggregateException(new AggregateException(new BpmnErrorException("e1"))));
        var many = WorkerResult.FromException(new AggregateException(new BpmnErrorException("e1"), new BpmnErrorException("e2")));

        Assert.Equal((WorkerResultKind.BpmnError, "e1"), (result.Kind, result.ErrorCode));
        Assert.Equal(WorkerResultKind.Fail, many.Kind);
    }

    [Fact]
    public void Exceptions_copy_their_variables()
    {
        var list = new VariableList().Variable("a", 1);
        var exception = new CmmnTerminateException(list);
        list.Variable("b", 2);

        Assert.Single(exception.Variables);
    }

    [Fact]
    public void Results_describe_themselves_for_logs()
    {
        Assert.Equal("Complete with 1 variables", WorkerResult.Complete([VariableWriter.Int32("n", 1)]).ToString());
        Assert.Equal("BpmnError declined with 0 variables", WorkerResult.BpmnError("declined").ToString());
        Assert.Equal("BpmnError (any) with 0 variables", WorkerResult.BpmnError(null).ToString());
        Assert.Equal("CmmnTerminate with 0 variables", WorkerResult.CmmnTerminate().ToString());
        Assert.Equal("Fail: down (retries 2)", WorkerResult.Fail("down", retries: 2).ToString());
        Assert.Equal("Fail: down (retries by server)", WorkerResult.Fail("down").ToString());
    }

    private static Exception Throw(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new InvalidOperationException("nothing thrown");
    }
}
