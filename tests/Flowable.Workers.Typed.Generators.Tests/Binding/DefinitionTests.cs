using Flowable.Workers.Typed.Generators.Tests.Binding.Workers;
using static Flowable.Workers.Typed.Generators.Tests.Binding.TestJobs;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>Each worker describes itself (topic, options, factory) and the assembly lists every worker.</summary>
public sealed class DefinitionTests
{
    private sealed class Greeter : IGreeter
    {
        public string Greet(string name) => $"Hello {name}";
    }

    private sealed class Audit : IAudit
    {
        public void Record(string message)
        {
        }
    }

    [Fact]
    public void The_definition_carries_the_topic_and_every_option_set_on_the_attribute()
    {
        var definition = ExternalWorkerDefinition.For<ServicedWorker>();

        Assert.Equal("greet", definition.Topic);
        Assert.Equal(typeof(ServicedWorker), definition.WorkerType);
        Assert.Equal(TimeSpan.FromMinutes(2), definition.LockDuration);
        Assert.Equal(TimeSpan.FromSeconds(10), definition.PollInterval);
        Assert.Equal(4, definition.NumberOfTasks);
        Assert.Equal(2, definition.NumberOfRetries);
        Assert.Equal(8, definition.MaxConcurrency);
        Assert.Equal(ScopeType.Cmmn, definition.ScopeType);
    }

    [Fact]
    public void Options_left_unset_on_the_attribute_are_null_so_configuration_can_fill_them()
    {
        var definition = ExternalWorkerDefinition.For<ReturnsVoid>();

        Assert.Equal("returnsVoid", definition.Topic);
        Assert.Null(definition.LockDuration);
        Assert.Null(definition.PollInterval);
        Assert.Null(definition.NumberOfTasks);
        Assert.Null(definition.NumberOfRetries);
        Assert.Null(definition.MaxConcurrency);
        Assert.Null(definition.ScopeType);
    }

    [Fact]
    public void The_assembly_registry_lists_every_worker_once_ordered_by_type_name()
    {
        var workerTypes = ExternalWorkers.All.Select(definition => definition.WorkerType).ToList();

        Assert.Contains(typeof(ServicedWorker), workerTypes);
        Assert.Contains(typeof(EveryRowWorker), workerTypes);
        Assert.Contains(typeof(SummarizeInvoice), workerTypes);
        Assert.Equal(workerTypes.Distinct().Count(), workerTypes.Count);
        Assert.Equal(workerTypes.Select(t => t.FullName).Order(StringComparer.Ordinal), workerTypes.Select(t => t.FullName));
        Assert.Same(ExternalWorkerDefinition.For<ServicedWorker>(), ExternalWorkers.All.Single(d => d.WorkerType == typeof(ServicedWorker)));
    }

    [Fact]
    public async Task The_factory_resolves_constructor_parameters_from_the_provider()
    {
        var audit = new Audit();
        var services = new TestServiceProvider(new Greeter(), audit);

        var worker = Assert.IsType<ServicedWorker>(ExternalWorkerDefinition.For<ServicedWorker>().CreateWorker(services));
        var result = await ExecuteAsync(worker, With(Variable("name", "string", "\"Ada\"")));

        Assert.Same(audit, worker.Audit);
        Assert.Same(services, worker.Services);
        Assert.Equal(10, worker.Limit);
        Assert.Equal(["text:string=\"Hello Ada\""], result.Variables.Select(Render));
    }

    [Fact]
    public void An_optional_service_that_is_not_registered_is_null()
    {
        var worker = Assert.IsType<ServicedWorker>(ExternalWorkerDefinition.For<ServicedWorker>().CreateWorker(new TestServiceProvider(new Greeter())));

        Assert.Null(worker.Audit);
    }

    [Fact]
    public void A_required_service_that_is_not_registered_names_the_worker_and_the_service()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            ExternalWorkerDefinition.For<ServicedWorker>().CreateWorker(new TestServiceProvider()));

        Assert.Equal(
            $"Worker '{typeof(ServicedWorker).FullName}' needs a service of type '{typeof(IGreeter).FullName}', which is not registered.",
            exception.Message);
    }

    [Fact]
    public async Task Executing_through_the_definition_constructs_runs_and_disposes_the_worker()
    {
        ServicedWorker? created = null;
        var definition = ExternalWorkerDefinition.For<ServicedWorker>() is var generated
            ? generated with { }
            : throw new InvalidOperationException();
        var tracking = new ExternalWorkerDefinition(definition.Topic, definition.WorkerType, services =>
        {
            created = (ServicedWorker)definition.CreateWorker(services);
            return created;
        });

        var result = await ExternalWorkerExecution.ExecuteAsync(
            tracking, new TestServiceProvider(new Greeter()), With(Variable("name", "string", "\"Bo\"")), CancellationToken.None);

        Assert.Equal(["text:string=\"Hello Bo\""], result.Variables.Select(Render));
        Assert.True(created!.Disposed);
    }

    [Fact]
    public async Task A_handler_from_the_definition_runs_each_job_on_a_new_worker()
    {
        var handler = ExternalWorkerDefinition.For<ServicedWorker>().CreateHandler(new TestServiceProvider(new Greeter()));

        var first = await handler(With(Variable("name", "string", "\"Ada\"")), CancellationToken.None);
        var second = await handler(With(), CancellationToken.None);

        Assert.Equal(["text:string=\"Hello Ada\""], first.Variables.Select(Render));
        Assert.Equal(WorkerResultKind.Fail, second.Kind);
        Assert.Equal("Variable 'name' expected string but was missing", second.ErrorMessage);
    }

    [Fact]
    public async Task A_worker_that_cannot_be_constructed_fails_the_job_with_the_reason()
    {
        var result = await ExternalWorkerExecution.ExecuteAsync(
            ExternalWorkerDefinition.For<ServicedWorker>(), new TestServiceProvider(), With(), CancellationToken.None);

        Assert.Equal(WorkerResultKind.Fail, result.Kind);
        Assert.Contains(typeof(IGreeter).FullName!, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_rejects_options_the_server_would_reject()
    {
        var definition = ExternalWorkerDefinition.For<ReturnsVoid>();

        Assert.Throws<ArgumentOutOfRangeException>(() => definition with { NumberOfTasks = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => definition with { MaxConcurrency = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => definition with { NumberOfRetries = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => definition with { MaxLockOverruns = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => definition with { BindingFailureRetries = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => definition with { ScopeType = (ScopeType)3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => definition with { LockDuration = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => definition with { PollInterval = TimeSpan.FromSeconds(-1) });
        Assert.Throws<ArgumentException>(() => new ExternalWorkerDefinition(" ", typeof(ReturnsVoid), _ => new ReturnsVoid()));
        Assert.Equal(3, (definition with { NumberOfTasks = 3 }).NumberOfTasks);
    }
}
