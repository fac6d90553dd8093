using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests;

public sealed class ExternalWorkerAnalyzerTests
{
    public static TheoryData<string> Ids => new(DiagnosticCases.ById.Keys);

    public static TheoryData<string, string> MoreFailures
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (id, source) in DiagnosticCases.MoreFailures)
            {
                data.Add(id, source);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task A_broken_worker_gets_the_diagnostic_on_the_exact_span_with_the_exact_message(string id)
    {
        var testCase = DiagnosticCases.ById[id];
        var descriptor = Descriptor(id);

        await new WorkerAnalyzerTest<ExternalWorkerAnalyzer>(
            testCase.Source,
            new DiagnosticResult(descriptor).WithLocation(0).WithMessage(testCase.Message)).RunAsync();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task The_near_miss_of_each_rule_gets_no_diagnostic(string id) =>
        await new WorkerAnalyzerTest<ExternalWorkerAnalyzer>(DiagnosticCases.ById[id].NearMiss).RunAsync();

    [Theory]
    [MemberData(nameof(MoreFailures))]
    public async Task Every_variant_of_a_rule_is_reported(string id, string source)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(source);

        Assert.Contains(id, diagnostics.Select(d => d.Id));
    }

    [Fact]
    public async Task Every_problem_of_a_worker_is_reported_not_just_the_first()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            """[ExternalWorker("chargeCard", LockDuration = "P1M")] public class ChargeCard { public async void HandleAsync(object payload, CancellationToken ct) => await Task.Delay(1, ct); }""");

        Assert.Equal(["FLW0001", "FLW0014", "FLW0021", "FLW0042"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_output_type_declared_in_the_worker_gets_the_diagnostic_on_its_property() =>
        await new WorkerAnalyzerTest<ExternalWorkerAnalyzer>(
            """[ExternalWorker("t")] public partial class W { public Out Handle() => new(); public sealed class Out { public object? {|#0:Data|} { get; init; } } }""",
            new DiagnosticResult(DiagnosticDescriptors.UnsupportedOutputPropertyType).WithLocation(0).WithArguments("Data", "object?")).RunAsync();

    [Fact]
    public async Task Two_workers_in_one_non_partial_type_each_report_on_their_own_name() =>
        await new WorkerAnalyzerTest<ExternalWorkerAnalyzer>(
            """
            public class Outer
            {
                [ExternalWorker("a")] public partial class {|#0:A|} { public void Handle() { } }
                [ExternalWorker("b")] public partial class {|#1:B|} { public void Handle() { } }
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.ContainingTypeNotPartial).WithLocation(0).WithArguments("Outer", string.Empty),
            new DiagnosticResult(DiagnosticDescriptors.ContainingTypeNotPartial).WithLocation(1).WithArguments("Outer", string.Empty)).RunAsync();

    [Fact]
    public async Task A_worker_with_a_long_lock_and_a_cancellation_token_gets_no_hint() =>
        await new WorkerAnalyzerTest<ExternalWorkerAnalyzer>(
            """[ExternalWorker("t", LockDuration = "PT1H")] public partial class W { public Task HandleAsync(string orderId, CancellationToken cancellationToken) => Task.CompletedTask; }""").RunAsync();

    [Fact]
    public async Task A_class_without_the_attribute_is_not_analyzed() =>
        await new WorkerAnalyzerTest<ExternalWorkerAnalyzer>("public class W { public static async void Handle(object value) { await Task.Yield(); } }").RunAsync();

    private static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor(string id) =>
        new ExternalWorkerAnalyzer().SupportedDiagnostics.Single(descriptor => descriptor.Id == id);
}
