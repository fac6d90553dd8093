using Flowable.Workers.Typed.Generators.Tests.Binding.Workers;
using static Flowable.Workers.Typed.Generators.Tests.Binding.TestJobs;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>With a configured JsonSerializerContext, JSON variables use its source-generated metadata.</summary>
public sealed class JsonContextTests
{
    [Fact]
    public async Task Json_variables_are_read_and_written_through_the_context()
    {
        var job = With(Variable("invoice", "json", "{\"number\":\"INV-1\",\"total\":9.5,\"lines\":[\"a\",\"b\"]}"));

        var result = await ExecuteAsync(new SummarizeInvoice(), job);

        Assert.Equal(
            ["invoice:json={\"number\":\"INV-1\",\"total\":9.5,\"lines\":[\"a\",\"b\"]}", "lineCount:integer=2"],
            result.Variables.Select(Render));
    }

    [Fact]
    public async Task A_type_missing_from_the_context_fails_the_job_naming_the_type_and_the_context()
    {
        var worker = new UnlistedJsonType();

        var result = await Execution.RunAsync(worker, With(Variable("order", "json", "{\"id\":\"o\",\"lines\":1}")), CancellationToken.None);

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Equal(
            $"JsonSerializerContext '{typeof(InvoiceJsonContext).FullName}' has no metadata for '{typeof(Order).FullName}'; add [JsonSerializable(typeof(Order))] to it.",
            result.ErrorMessage);
        Assert.Equal(0, worker.Calls);
    }
}
