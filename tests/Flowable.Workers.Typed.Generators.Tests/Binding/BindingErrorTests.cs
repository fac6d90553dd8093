using Flowable.Workers.Typed.Generators.Tests.Binding.Workers;
using Flowable.Workers.Typed.Variables;
using static Flowable.Workers.Typed.Generators.Tests.Binding.TestJobs;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>
/// A bad variable fails the job with a message naming the variable, the expected type and what came; the handler is
/// not called. Each case starts from a job whose every variable is right and spoils one.
/// </summary>
public sealed class BindingErrorTests
{
    private static readonly RestVariable[] ValidVariables =
    [
        Variable("amount", "integer", "10"),
        Variable("level", "short", "1"),
        Variable("priority", "string", "\"Low\""),
        Variable("dueAt", "date", "\"2026-11-23T10:15:30.123Z\""),
        Variable("order", "json", "{\"id\":\"o-1\",\"lines\":2}"),
        Variable("id", "string", "\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\""),
        Variable("name", "string", "\"Ada\""),
    ];

    public static TheoryData<string, string?, string?, string> BadVariables => new()
    {
        // variable, type, JSON value (null: the variable is missing), expected message
        { "amount", null, null, "Variable 'amount' expected integer but was missing" },
        { "amount", null, "null", "Variable 'amount' expected integer but was null" },
        { "amount", "string", "\"abc\"", "Variable 'amount' expected integer but was string \"abc\"" },
        { "amount", "long", "3000000000", "Variable 'amount' expected integer but the value 3000000000 is out of range" },
        { "level", "integer", "40000", "Variable 'level' expected short but the value 40000 is out of range" },
        { "priority", "string", "\"Purple\"", "Variable 'priority' expected string (Priority) but was string \"Purple\"" },
        { "priority", null, null, "Variable 'priority' expected string (Priority) but was missing" },
        { "dueAt", "date", "\"yesterday\"", "Variable 'dueAt' expected date but was date \"yesterday\"" },
        { "dueAt", "integer", "5", "Variable 'dueAt' expected date but was integer 5" },
        { "order", null, null, "Variable 'order' expected json (Order) but was missing" },
        { "order", "string", "\"o-1\"", "Variable 'order' expected json (Order) but was string \"o-1\"" },
        { "id", "string", "\"not-a-guid\"", "Variable 'id' expected string (Guid) but was string \"not-a-guid\"" },
        { "name", "integer", "7", "Variable 'name' expected string but was integer 7" },
        { "name", null, "null", "Variable 'name' expected string but was null" },
    };

    [Theory]
    [MemberData(nameof(BadVariables))]
    public async Task A_bad_variable_throws_before_the_handler_is_called(string name, string? type, string? json, string expectedMessage)
    {
        var worker = new StrictAsyncWorker();

        var exception = await Assert.ThrowsAsync<VariableConversionException>(() => ExecuteAsync(worker, Spoil(name, type, json)));

        Assert.Equal(expectedMessage, exception.Message);
        Assert.Equal(name, exception.VariableName);
        Assert.Equal(0, worker.Calls);
    }

    [Theory]
    [MemberData(nameof(BadVariables))]
    public async Task A_bad_variable_fails_the_job_with_its_message(string name, string? type, string? json, string expectedMessage)
    {
        var worker = new StrictAsyncWorker();

        var result = await Execution.RunAsync(worker, Spoil(name, type, json), CancellationToken.None);

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Equal(expectedMessage, result.ErrorMessage);
        Assert.Null(result.Retries);
        Assert.Equal(0, worker.Calls);
    }

    [Fact]
    public async Task The_valid_job_calls_the_handler_once()
    {
        var worker = new StrictAsyncWorker();

        var result = await ExecuteAsync(worker, With(ValidVariables));

        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Equal(1, worker.Calls);
    }

    [Fact]
    public async Task A_synchronous_worker_reports_a_bad_variable_through_the_returned_task()
    {
        var worker = new StrictSyncWorker();

        var pending = ((IExternalWorker)worker).ExecuteAsync(With(Variable("amount", "boolean", "true")), CancellationToken.None);

        var exception = await Assert.ThrowsAsync<VariableConversionException>(() => pending.AsTask());
        Assert.Equal("Variable 'amount' expected integer but was boolean true", exception.Message);
        Assert.Equal(0, worker.Calls);
    }

    private static ExternalWorkerJob Spoil(string name, string? type, string? json) =>
        With([.. ValidVariables.Where(v => v.Name != name), .. json is null ? Array.Empty<RestVariable>() : [Variable(name, type, json)]]);
}
