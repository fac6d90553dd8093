using System.Numerics;
using Flowable.Workers.Typed.Generators.Tests.Binding.Workers;
using static Flowable.Workers.Typed.Generators.Tests.Binding.TestJobs;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>Generated adapters read every binding-table row, optional and special parameter from real variables.</summary>
public sealed class ParameterBindingTests
{
    [Fact]
    public async Task Every_row_of_the_binding_table_is_read_from_its_Flowable_type()
    {
        var worker = new EveryRowWorker();
        var job = With(
            Variable("text", "string", "\"abc\""),
            Variable("count", "integer", "42"),
            Variable("total", "long", "5000000000"),
            Variable("small", "short", "7"),
            Variable("ratio", "double", "2.5"),
            Variable("weight", "double", "1.25"),
            Variable("price", "bigDecimal", "\"12.50\""),
            Variable("huge", "bigInteger", "\"123456789012345678901234567890\""),
            Variable("flag", "boolean", "true"),
            Variable("at", "date", "\"2026-11-23T10:15:30.123Z\""),
            Variable("when", "instant", "\"2026-11-23T10:15:30Z\""),
            Variable("day", "localDate", "\"2026-11-23\""),
            Variable("raw", "json", "{\"a\":1}"),
            Variable("node", "json", "[1,2]"),
            Variable("priority", "string", "\"high\""),
            Variable("id", "string", "\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\""),
            Variable("address", "json", "{\"street\":\"Main\",\"number\":5}"),
            Variable("numbers", "json", "[1,2,3]"),
            Variable("addresses", "json", "[{\"street\":\"A\",\"number\":1}]"),
            Variable("scores", "json", "{\"x\":1,\"y\":2}"),
            Variable("tags", "json", "[\"a\",null]"));

        var result = await ExecuteAsync(worker, job);

        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Empty(result.Variables);
        var received = worker.Received!;
        Assert.Equal("abc", received[0]);
        Assert.Equal(42, received[1]);
        Assert.Equal(5_000_000_000L, received[2]);
        Assert.Equal((short)7, received[3]);
        Assert.Equal(2.5, received[4]);
        Assert.Equal(1.25f, received[5]);
        Assert.Equal(12.50m, received[6]);
        Assert.Equal(BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture), received[7]);
        Assert.Equal(true, received[8]);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 15, 30, 123, TimeSpan.Zero), received[9]);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 15, 30, DateTimeKind.Utc), received[10]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)received[10]!).Kind);
        Assert.Equal(new DateOnly(2026, 11, 23), received[11]);
        Assert.Equal("{\"a\":1}", received[12]);
        Assert.Equal("[1,2]", received[13]);
        Assert.Equal(Priority.High, received[14]);
        Assert.Equal(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), received[15]);
        Assert.Equal(new Address("Main", 5), received[16]);
        Assert.Equal([1, 2, 3], (int[])received[17]!);
        Assert.Equal([new Address("A", 1)], (List<Address>)received[18]!);
        Assert.Equal(new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 }, (Dictionary<string, int>)received[19]!);
        Assert.Equal(["a", null], (IReadOnlyList<string?>)received[20]!);
    }

    [Fact]
    public async Task Missing_optional_variables_give_null_or_the_default_value()
    {
        var worker = new OptionalParametersWorker();

        await ExecuteAsync(worker, With());

        Assert.Equal(new object?[] { null, null, null, null, null, "hello", 1, 2.50m, Priority.High, 0.5 }, worker.Received!);
    }

    [Fact]
    public async Task Null_optional_variables_give_null_or_the_default_value()
    {
        var worker = new OptionalParametersWorker();
        var names = new[] { "note", "count", "sentAt", "preferred", "address", "greeting", "attempt", "fee", "priority", "factor" };

        await ExecuteAsync(worker, With([.. names.Select(name => Variable(name, null, "null"))]));

        Assert.Equal(new object?[] { null, null, null, null, null, "hello", 1, 2.50m, Priority.High, 0.5 }, worker.Received!);
    }

    [Fact]
    public async Task Present_optional_variables_override_the_defaults()
    {
        var worker = new OptionalParametersWorker();

        await ExecuteAsync(worker, With(
            Variable("note", "string", "\"n\""),
            Variable("count", "integer", "4"),
            Variable("sentAt", "date", "\"2026-01-02T03:04:05Z\""),
            Variable("preferred", "string", "\"Low\""),
            Variable("address", "json", "{\"street\":\"S\",\"number\":2}"),
            Variable("greeting", "string", "\"hi\""),
            Variable("attempt", "integer", "2"),
            Variable("fee", "double", "0.25"),
            Variable("priority", "string", "\"LOW\""),
            Variable("factor", "integer", "3")));

        Assert.Equal(
            new object?[] { "n", 4, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), Priority.Low, new Address("S", 2), "hi", 2, 0.25m, Priority.Low, 3.0 },
            worker.Received!);
    }

    [Fact]
    public async Task The_job_and_the_cancellation_token_are_bound_by_type_and_Variable_renames()
    {
        var worker = new SpecialParametersWorker();
        var job = With(Variable("customer_name", "string", "\"Ada\""), Variable("name", "string", "\"not me\""));
        using var cancellation = new CancellationTokenSource();

        await ExecuteAsync(worker, job, cancellation.Token);

        Assert.Same(job, worker.ReceivedJob);
        Assert.Equal(cancellation.Token, worker.ReceivedToken);
        Assert.Equal("Ada", worker.ReceivedName);
    }
}
