using Flowable.Workers.Typed.Generators.Tests.Binding.Workers;
using static Flowable.Workers.Typed.Generators.Tests.Binding.TestJobs;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>Handler exceptions propagate from the adapter; the runtime's job executor maps them to outcomes.</summary>
public sealed class ExceptionMappingTests
{
    private static readonly ExternalWorkerJob Job = With(Variable("amount", "integer", "5"));

    [Fact]
    public async Task A_handler_exception_propagates_unchanged_from_the_adapter()
    {
        var thrown = new InvalidOperationException("boom");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => ExecuteAsync(new ThrowsAsync { Exception = () => thrown }, Job));

        Assert.Same(thrown, exception);
    }

    [Fact]
    public async Task A_BpmnErrorException_becomes_a_BPMN_error()
    {
        var worker = new ThrowsAsync { Exception = () => new BpmnErrorException("CARD_DECLINED", [Variables.VariableWriter.Int32("code", 51)]) };

        var result = await Execution.RunAsync(worker, Job, CancellationToken.None);

        Assert.Equal(WorkerResultKind.BpmnError, result.Kind);
        Assert.Equal("CARD_DECLINED", result.ErrorCode);
        Assert.Equal(["code:integer=51"], result.Variables.Select(Render));
    }

    [Fact]
    public async Task Any_other_exception_fails_the_job_with_its_message_and_details()
    {
        var result = await Execution.RunAsync(new ThrowsSync(), Job, CancellationToken.None);

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Equal("cannot handle 5", result.ErrorMessage);
        Assert.Contains(nameof(ThrowsSync), result.ErrorDetails, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_propagates_from_the_adapter()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ExecuteAsync(new ThrowsAsync { Exception = () => new InvalidOperationException() }, Job, cancellation.Token));
    }

    [Fact]
    public async Task A_cancellation_the_caller_did_not_ask_for_fails_the_job()
    {
        var worker = new ThrowsAsync { Exception = () => new TaskCanceledException("timed out calling the bank") };

        var result = await Execution.RunAsync(worker, Job, CancellationToken.None);

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Equal("timed out calling the bank", result.ErrorMessage);
    }
}
