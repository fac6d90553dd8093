using Flowable.Workers.Typed.Engine;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Engine;

/// <summary>The one place where what a handler threw becomes the job's outcome.</summary>
public sealed class JobExecutorTests
{
    private static readonly ExternalWorkerJob BpmnJob = new() { Id = "job-b", ProcessInstanceId = "process-1" };
    private static readonly ExternalWorkerJob CmmnJob = new() { Id = "job-c", ScopeType = "cmmn", ScopeId = "case-1" };

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_variable_that_cannot_bind_fails_the_job_with_the_configured_retries(int retries)
    {
        var execution = await JobExecutor.ExecuteAsync(
            (job, ct) => throw VariableConversionException.Missing("amount", "integer"), BpmnJob, retries, CancellationToken.None);

        Assert.Equal(WorkerResultKind.Fail, execution.Result.Kind);
        Assert.Equal(retries, execution.Result.Retries);
        Assert.Equal("Variable 'amount' expected integer but was missing", execution.Result.ErrorMessage);
        Assert.IsType<VariableConversionException>(execution.Thrown);
        Assert.Equal(HandlerFault.BadVariable, execution.Fault);
    }

    [Fact]
    public async Task Any_other_exception_fails_the_job_leaving_retries_to_the_server()
    {
        var execution = await JobExecutor.ExecuteAsync((job, ct) => throw new InvalidOperationException("boom"), BpmnJob, 0, CancellationToken.None);

        Assert.Equal(WorkerResultKind.Fail, execution.Result.Kind);
        Assert.Null(execution.Result.Retries);
        Assert.Equal("boom", execution.Result.ErrorMessage);
        Assert.Equal(HandlerFault.Threw, execution.Fault);
    }

    [Fact]
    public async Task Outcomes_the_handler_chose_by_throwing_are_no_fault()
    {
        var bpmnError = await JobExecutor.ExecuteAsync((job, ct) => throw new BpmnErrorException("declined"), BpmnJob, 0, CancellationToken.None);
        var terminate = await JobExecutor.ExecuteAsync((job, ct) => throw new CmmnTerminateException(), CmmnJob, 0, CancellationToken.None);
        var failure = await JobExecutor.ExecuteAsync(
            (job, ct) => throw new AggregateException(new WorkerFailureException("expired", retries: 0)), BpmnJob, 0, CancellationToken.None);

        Assert.Equal((WorkerResultKind.BpmnError, HandlerFault.None), (bpmnError.Result.Kind, bpmnError.Fault));
        Assert.Equal((WorkerResultKind.CmmnTerminate, HandlerFault.None), (terminate.Result.Kind, terminate.Fault));
        Assert.Equal((WorkerResultKind.Fail, HandlerFault.None), (failure.Result.Kind, failure.Fault));
        Assert.Equal(0, failure.Result.Retries);
    }

    [Fact]
    public async Task A_BPMN_error_for_a_CMMN_job_fails_it_by_the_builders_rule_whether_thrown_or_returned()
    {
        var thrown = await JobExecutor.ExecuteAsync((job, ct) => throw new BpmnErrorException("oops"), CmmnJob, 0, CancellationToken.None);
        var returned = await JobExecutor.ExecuteAsync((job, ct) => ValueTask.FromResult(WorkerResult.BpmnError("oops")), CmmnJob, 0, CancellationToken.None);
        var refused = Assert.Throws<InvalidOperationException>(() => new WorkerResultBuilder(CmmnJob).BpmnError("oops"));

        Assert.Equal(refused.Message, thrown.Result.ErrorMessage);
        Assert.Equal(refused.Message, returned.Result.ErrorMessage);
        Assert.Equal(HandlerFault.WrongScope, thrown.Fault);
        Assert.Equal(HandlerFault.WrongScope, returned.Fault);
        Assert.Equal("Job job-c is not a BPMN job (scope type 'cmmn'): only BPMN jobs can end with a BPMN error.", refused.Message);
    }

    [Fact]
    public async Task A_terminate_for_a_BPMN_job_says_it_has_no_scope_type_instead_of_showing_empty_quotes()
    {
        var execution = await JobExecutor.ExecuteAsync((job, ct) => throw new CmmnTerminateException(), BpmnJob, 0, CancellationToken.None);

        Assert.Equal("Job job-b is not a CMMN job (no scope type): only CMMN jobs can be terminated.", execution.Result.ErrorMessage);
    }

    [Fact]
    public async Task A_worker_that_returns_null_fails_the_job_with_what_to_return_instead()
    {
        var execution = await JobExecutor.ExecuteAsync((job, ct) => ValueTask.FromResult<WorkerResult>(null!), BpmnJob, 0, CancellationToken.None);

        Assert.Equal(WorkerResultKind.Fail, execution.Result.Kind);
        Assert.Equal(
            "The worker returned null instead of a WorkerResult; return WorkerResult.Complete(...) (or another result) from ExecuteAsync",
            execution.Result.ErrorMessage);
        Assert.Null(execution.Thrown);
        Assert.Equal(HandlerFault.ReturnedNull, execution.Fault);
    }

    [Fact]
    public async Task A_generated_workers_failure_for_a_null_return_is_a_null_return_not_a_chosen_failure()
    {
        var nullReturn = await JobExecutor.ExecuteAsync(
            (job, ct) => ValueTask.FromResult(HandlerNullReturn.Fail("Quote.Handle", "Price")), BpmnJob, 0, CancellationToken.None);
        var chosen = await JobExecutor.ExecuteAsync((job, ct) => ValueTask.FromResult(WorkerResult.Fail("out of stock")), BpmnJob, 0, CancellationToken.None);

        Assert.Equal(HandlerFault.ReturnedNull, nullReturn.Fault);
        Assert.Equal(
            "Quote.Handle returned null but its return type Price is not nullable; return a result, or declare Price? to complete the job without variables.",
            nullReturn.Result.ErrorMessage);
        Assert.Equal(HandlerFault.None, chosen.Fault);
    }

    [Fact]
    public async Task A_result_that_fits_the_job_is_passed_through_unchanged()
    {
        var result = WorkerResult.BpmnError("ok");

        var execution = await JobExecutor.ExecuteAsync((job, ct) => ValueTask.FromResult(result), BpmnJob, 0, CancellationToken.None);

        Assert.Same(result, execution.Result);
        Assert.Null(execution.Thrown);
        Assert.Equal(HandlerFault.None, execution.Fault);
    }
}
