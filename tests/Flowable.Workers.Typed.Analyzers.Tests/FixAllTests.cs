using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Flowable.Workers.Typed.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests;

/// <summary>
/// Every code fix fixes all its occurrences at once (Fix All in document, project and solution, which
/// <c>dotnet format analyzers</c> uses), not only the occurrences whose title happens to match the first one's.
/// </summary>
public sealed class FixAllTests
{
    [Fact]
    public Task Make_partial_fixes_every_worker_and_containing_type() => Verify<MakePartialCodeFix>(
        """
        [ExternalWorker("a")] public class {|#0:A|} { public void Handle() { } }
        [ExternalWorker("b")] public sealed class {|#1:B|} { public void Handle() { } }
        public class Outer { [ExternalWorker("c")] public partial class {|#2:C|} { public void Handle() { } } }
        """,
        [Error("FLW0001", 0), Error("FLW0001", 1), Error("FLW0002", 2)],
        """
        [ExternalWorker("a")] public partial class A { public void Handle() { } }
        [ExternalWorker("b")] public sealed partial class B { public void Handle() { } }
        public partial class Outer { [ExternalWorker("c")] public partial class C { public void Handle() { } } }
        """);

    [Fact]
    public Task Make_handler_non_static_fixes_every_worker() => Verify<MakeHandlerNonStaticCodeFix>(
        """
        [ExternalWorker("a")] public partial class A { public static void {|#0:Handle|}() { } }
        [ExternalWorker("b")] public partial class B { public static Task {|#1:HandleAsync|}() => Task.CompletedTask; }
        """,
        [Error("FLW0012", 0), Error("FLW0012", 1)],
        """
        [ExternalWorker("a")] public partial class A { public void Handle() { } }
        [ExternalWorker("b")] public partial class B { public Task HandleAsync() => Task.CompletedTask; }
        """);

    [Fact]
    public Task Return_task_fixes_every_async_void_handler() => Verify<ReturnTaskFromAsyncVoidCodeFix>(
        """
        [ExternalWorker("a")] public partial class A { public async {|#0:void|} Handle() { await Task.Yield(); } }
        [ExternalWorker("b")] public partial class B { public async {|#1:void|} HandleAsync() { await Task.Yield(); } }
        """,
        [Error("FLW0014", 0), Error("FLW0014", 1)],
        """
        [ExternalWorker("a")] public partial class A { public async Task Handle() { await Task.Yield(); } }
        [ExternalWorker("b")] public partial class B { public async Task HandleAsync() { await Task.Yield(); } }
        """);

    [Fact]
    public Task Remove_parameter_fixes_every_second_special_parameter() => Verify<RemoveParameterCodeFix>(
        """
        [ExternalWorker("a")] public partial class A { public void Handle(CancellationToken a, CancellationToken {|#0:b|}) { } }
        [ExternalWorker("b")] public partial class B { public void Handle(ExternalWorkerJob x, ExternalWorkerJob {|#1:y|}) { } }
        """,
        [Error("FLW0024", 0), Error("FLW0024", 1)],
        """
        [ExternalWorker("a")] public partial class A { public void Handle(CancellationToken a) { } }
        [ExternalWorker("b")] public partial class B { public void Handle(ExternalWorkerJob x) { } }
        """);

    [Fact]
    public Task Remove_variable_attribute_fixes_every_parameter_bound_by_type() => Verify<RemoveVariableAttributeCodeFix>(
        """
        [ExternalWorker("a")] public partial class A { public void Handle([Variable("j")] ExternalWorkerJob {|#0:job|}, [Variable("t")] CancellationToken {|#1:token|}) { } }
        """,
        [Error("FLW0025", 0), Error("FLW0025", 1)],
        """
        [ExternalWorker("a")] public partial class A { public void Handle(ExternalWorkerJob job, CancellationToken token) { } }
        """);

    [Fact]
    public Task Add_cancellation_token_fixes_every_long_locked_handler() => Verify<AddCancellationTokenCodeFix>(
        """
        [ExternalWorker("a", LockDuration = "PT10M")] public partial class A { public void {|#0:Handle|}(string orderId) { } }
        [ExternalWorker("b", LockDuration = "PT1H")] public partial class B { public void {|#1:Handle|}() { } }
        """,
        [new DiagnosticResult("FLW0045", DiagnosticSeverity.Info).WithLocation(0), new DiagnosticResult("FLW0045", DiagnosticSeverity.Info).WithLocation(1)],
        """
        [ExternalWorker("a", LockDuration = "PT10M")] public partial class A { public void Handle(string orderId, CancellationToken cancellationToken) { } }
        [ExternalWorker("b", LockDuration = "PT1H")] public partial class B { public void Handle(CancellationToken cancellationToken) { } }
        """);

    [Fact]
    public void Every_code_fix_has_a_fix_all_provider_for_every_scope()
    {
        var fixes = typeof(NodeCodeFix<>).Assembly.GetTypes().Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        Assert.Equal(6, fixes.Count);
        foreach (var fix in fixes)
        {
            var provider = ((CodeFixProvider)Activator.CreateInstance(fix)!).GetFixAllProvider();
            Assert.NotNull(provider);
            Assert.Superset(new HashSet<FixAllScope> { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }, provider.GetSupportedFixAllScopes().ToHashSet());
        }
    }

    private static DiagnosticResult Error(string id, int location) => new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location);

    private static Task Verify<TCodeFix>(string source, DiagnosticResult[] expected, string fixedSource)
        where TCodeFix : CodeFixProvider, new() =>
        new WorkerCodeFixTest<ExternalWorkerAnalyzer, TCodeFix>(source, expected, fixedSource).RunAsync();
}
