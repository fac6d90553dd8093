using Flowable.Workers.Typed.Generators.Tests.Binding.Workers;
using static Flowable.Workers.Typed.Generators.Tests.Binding.TestJobs;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>Every return shape becomes the outcome the design promises.</summary>
public sealed class ReturnShapeTests
{
    private static readonly string[] SampleOutcomeVariables =
    [
        "receiptId:string=\"r-1\"",
        "paid:boolean=true",
        "attempts:integer=null",
        "amount:bigDecimal=\"12.50\"",
        "level:string=\"High\"",
        "shipping:json={\"street\":\"Main\",\"number\":5}",
        "at:date=\"2026-11-23T10:15:30.123Z\"",
        "total_lines:integer=3",
    ];

    [Fact]
    public async Task Void_completes_without_variables()
    {
        var worker = new ReturnsVoid();

        var result = await ExecuteAsync(worker, With());

        Assert.Equal(1, worker.Calls);
        AssertCompletedWithout(result);
    }

    [Fact]
    public async Task Task_completes_without_variables()
    {
        var worker = new ReturnsTask();

        var result = await ExecuteAsync(worker, With());

        Assert.Equal(1, worker.Calls);
        AssertCompletedWithout(result);
    }

    [Fact]
    public async Task ValueTask_completes_without_variables()
    {
        var worker = new ReturnsValueTask();

        var result = await ExecuteAsync(worker, With());

        Assert.Equal(1, worker.Calls);
        AssertCompletedWithout(result);
    }

    public static TheoryData<string> OutcomeWorkers => new() { nameof(ReturnsOutcome), nameof(ReturnsTaskOfOutcome), nameof(ReturnsValueTaskOfOutcome) };

    [Theory]
    [MemberData(nameof(OutcomeWorkers))]
    public async Task A_returned_object_completes_with_its_properties_as_typed_variables(string workerName)
    {
        IExternalWorker worker = workerName switch
        {
            nameof(ReturnsOutcome) => new ReturnsOutcome(),
            nameof(ReturnsTaskOfOutcome) => new ReturnsTaskOfOutcome(),
            _ => new ReturnsValueTaskOfOutcome(),
        };

        var result = await ExecuteAsync(worker, With());

        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Equal(SampleOutcomeVariables, result.Variables.Select(Render));
    }

    [Fact]
    public async Task A_null_returned_object_completes_without_variables()
    {
        var result = await ExecuteAsync(new ReturnsNullOutcome(), With());

        AssertCompletedWithout(result);
    }

    public static TheoryData<string> NullFromNonNullableWorkers => new()
    {
        nameof(ReturnsNullFromOutcome),
        nameof(ReturnsNullFromTaskOfOutcome),
        nameof(ReturnsNullFromWorkerResult),
        nameof(ReturnsNullFromValueTaskOfWorkerResult),
    };

    [Theory]
    [MemberData(nameof(NullFromNonNullableWorkers))]
    public async Task A_null_from_a_non_nullable_return_type_fails_the_job_saying_what_to_do(string workerName)
    {
        var (worker, method, type) = workerName switch
        {
            nameof(ReturnsNullFromOutcome) => ((IExternalWorker)new ReturnsNullFromOutcome(), "Handle", "Outcome"),
            nameof(ReturnsNullFromTaskOfOutcome) => (new ReturnsNullFromTaskOfOutcome(), "HandleAsync", "Outcome"),
            nameof(ReturnsNullFromWorkerResult) => (new ReturnsNullFromWorkerResult(), "Handle", "WorkerResult"),
            _ => (new ReturnsNullFromValueTaskOfWorkerResult(), "HandleAsync", "WorkerResult"),
        };

        var result = await ExecuteAsync(worker, With());

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Equal(
            $"{workerName}.{method} returned null but its return type {type} is not nullable; return a result, or declare {type}? to complete the job without variables.",
            result.ErrorMessage);
        Assert.Null(result.ErrorDetails);
        Assert.Null(result.Retries);
        Assert.Empty(result.Variables);
    }

    [Theory]
    [InlineData(nameof(ReturnsNullableStruct))]
    [InlineData(nameof(ReturnsTaskOfNullableStruct))]
    public async Task A_nullable_struct_completes_with_its_properties_or_without_variables_when_null(string workerName)
    {
        IExternalWorker worker = workerName == nameof(ReturnsNullableStruct) ? new ReturnsNullableStruct() : new ReturnsTaskOfNullableStruct();

        var given = await ExecuteAsync(worker, With(Variable("give", "boolean", "true")));
        var withheld = await ExecuteAsync(worker, With(Variable("give", "boolean", "false")));

        Assert.Equal(WorkerResultKind.Complete, given.Kind);
        Assert.Equal(["lines:integer=3", "sum:bigDecimal=\"12.5\""], given.Variables.Select(Render));
        AssertCompletedWithout(withheld);
    }

    [Fact]
    public async Task A_struct_completes_with_its_properties()
    {
        var result = await ExecuteAsync(new ReturnsStruct(), With());

        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Equal(["lines:integer=2", "sum:bigDecimal=\"1.5\""], result.Variables.Select(Render));
    }

    [Fact]
    public async Task A_null_from_a_nullable_WorkerResult_completes_without_variables()
    {
        var result = await ExecuteAsync(new ReturnsNullableWorkerResult(), With());

        AssertCompletedWithout(result);
    }

    [Fact]
    public async Task A_null_output_with_nullable_annotations_disabled_completes_without_variables()
    {
        var result = await ExecuteAsync(new ObliviousNullOutcome(), With());

        AssertCompletedWithout(result);
    }

    [Fact]
    public async Task A_null_WorkerResult_with_nullable_annotations_disabled_is_passed_on_as_returned()
    {
        var result = await ((IExternalWorker)new ObliviousNullWorkerResult()).ExecuteAsync(With(), CancellationToken.None);

        Assert.Null(result);
    }

    [Fact]
    public async Task A_WorkerResult_is_the_outcome_exactly()
    {
        var result = await ExecuteAsync(new ReturnsWorkerResult(), With(Variable("code", "string", "\"CARD_DECLINED\"")));

        Assert.Equal(WorkerResultKind.BpmnError, result.Kind);
        Assert.Equal("CARD_DECLINED", result.ErrorCode);
        Assert.Equal(["reason:string=\"declined\""], result.Variables.Select(Render));
    }

    [Fact]
    public async Task A_Task_of_WorkerResult_is_the_outcome_exactly()
    {
        var result = await ExecuteAsync(new ReturnsTaskOfWorkerResult(), With());

        Assert.Equal(WorkerResultKind.CmmnTerminate, result.Kind);
        Assert.Empty(result.Variables);
    }

    [Fact]
    public async Task A_ValueTask_of_WorkerResult_is_the_outcome_exactly()
    {
        var result = await ExecuteAsync(new ReturnsValueTaskOfWorkerResult(), With());

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Equal("no stock", result.ErrorMessage);
        Assert.Equal(0, result.Retries);
    }

    private static void AssertCompletedWithout(WorkerResult result)
    {
        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Empty(result.Variables);
    }
}
