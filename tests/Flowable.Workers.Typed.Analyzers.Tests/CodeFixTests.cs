using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Flowable.Workers.Typed.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests;

public sealed class CodeFixTests
{
    [Fact]
    public async Task Make_partial_adds_partial_after_the_other_modifiers() =>
        await new WorkerCodeFixTest<ExternalWorkerAnalyzer, MakePartialCodeFix>(
            DiagnosticCases.ById["FLW0001"].Source,
            Expected("FLW0001"),
            """[ExternalWorker("t")] public partial class W { public void Handle() { } }""").RunAsync();

    [Fact]
    public async Task Make_partial_works_on_a_class_without_modifiers() =>
        await new WorkerCodeFixTest<ExternalWorkerAnalyzer, MakePartialCodeFix>(
            """
            [ExternalWorker("t")]
            sealed class {|#0:W|} { public void Handle() { } }
            """,
            new DiagnosticResult(DiagnosticDescriptors.WorkerNotPartial).WithLocation(0).WithArguments("W", string.Empty),
            """
            [ExternalWorker("t")]
            sealed partial class W { public void Handle() { } }
            """).RunAsync();

    [Fact]
    public async Task Make_partial_fixes_the_containing_type() =>
        await new WorkerCodeFixTest<ExternalWorkerAnalyzer, MakePartialCodeFix>(
            DiagnosticCases.ById["FLW0002"].Source,
            Expected("FLW0002"),
            DiagnosticCases.ById["FLW0002"].NearMiss).RunAsync();

    [Fact]
    public async Task A_static_handler_becomes_an_instance_method() =>
        await new WorkerCodeFixTest<ExternalWorkerAnalyzer, MakeHandlerNonStaticCodeFix>(
            DiagnosticCases.ById["FLW0012"].Source,
            Expected("FLW0012"),
            DiagnosticCases.ById["FLW0012"].NearMiss).RunAsync();

    [Fact]
    public async Task An_async_void_handler_returns_task() =>
        await new WorkerCodeFixTest<ExternalWorkerAnalyzer, ReturnTaskFromAsyncVoidCodeFix>(
            DiagnosticCases.ById["FLW0014"].Source,
            Expected("FLW0014"),
            DiagnosticCases.ById["FLW0014"].NearMiss).RunAsync();

    [Fact]
    public async Task A_second_special_parameter_is_removed() =>
        await new WorkerCodeFixTest<ExternalWorkerAnalyzer, RemoveParameterCodeFix>(
            DiagnosticCases.ById["FLW0024"].Source,
            Expected("FLW0024"),
            """[ExternalWorker("t")] public partial class W { public void Handle(CancellationToken a) { } }""").RunAsync();

    [Fact]
    public async Task Variable_is_removed_from_a_parameter_bound_by_type() =>
        await new WorkerCodeFixTest<ExternalWorkerAnalyzer, RemoveVariableAttributeCodeFix>(
            DiagnosticCases.ById["FLW0025"].Source,
            Expected("FLW0025"),
            """[ExternalWorker("t")] public partial class W { public void Handle(ExternalWorkerJob job) { } }""").RunAsync();

    [Fact]
    public async Task A_cancellation_token_is_added_to_a_long_locked_handler() =>
        await new WorkerCodeFixTest<ExternalWorkerAnalyzer, AddCancellationTokenCodeFix>(
            DiagnosticCases.ById["FLW0045"].Source,
            Expected("FLW0045"),
            """[ExternalWorker("t", LockDuration = "PT10M")] public partial class W { public void Handle(string orderId, CancellationToken cancellationToken) { } }""").RunAsync();

    [Fact]
    public async Task An_added_cancellation_token_is_optional_after_optional_parameters_and_gets_a_free_name() =>
        await new WorkerCodeFixTest<ExternalWorkerAnalyzer, AddCancellationTokenCodeFix>(
            """[ExternalWorker("t", LockDuration = "PT10M")] public partial class W { public void {|#0:Handle|}(string cancellationToken, int attempt = 1) { } }""",
            new DiagnosticResult(DiagnosticDescriptors.LongLockWithoutCancellation).WithLocation(0).WithArguments("Handle", "PT10M"),
            """[ExternalWorker("t", LockDuration = "PT10M")] public partial class W { public void Handle(string cancellationToken, int attempt = 1, CancellationToken cancellationToken2 = default) { } }""").RunAsync();

    private static DiagnosticResult Expected(string id)
    {
        var descriptor = new ExternalWorkerAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
        return new DiagnosticResult(descriptor).WithLocation(0).WithMessage(DiagnosticCases.ById[id].Message);
    }
}
