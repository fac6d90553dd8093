using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

namespace Flowable.Workers.Typed.Packaging.Tests;

/// <summary>
/// Builds a consumer of the packed package with a <c>FlowableModel</c> item: the package's build props must hand the
/// model to the analyzers, which compare the worker with it.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class ModelCheckPackageTests(PackedPackages packages)
{
    private const string Worker = """
        using Flowable.Workers.Typed;

        namespace Shop;

        [ExternalWorker("shipOrdr")]
        public partial class ShipOrder
        {
            public void Handle(string orderId) { }
        }
        """;

    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://example.com">
          <process id="order">
            <serviceTask id="ship" flowable:type="external-worker" flowable:topic="shipOrder"/>
          </process>
        </definitions>
        """;

    [Fact]
    public async Task A_worker_whose_topic_is_in_no_listed_model_gets_FLW0050_in_the_build_output()
    {
        var project = CreateProject();

        var build = await DotnetCli.RunAsync(project, "build", "-c", "Release", "--no-incremental", "-p:TreatWarningsAsErrors=false");

        Assert.True(build.ExitCode == 0, $"the project did not build:{Environment.NewLine}{build.Output}");
        Assert.Contains(
            "ShipOrder.cs(5,17): warning FLW0050: The topic 'shipOrdr' of 'ShipOrder' matches no external-worker task in the process models; did you mean 'shipOrder' (task 'ship' of process 'order' in order.bpmn20.xml)?",
            build.Output,
            StringComparison.Ordinal);
    }

    private string CreateProject()
    {
        var project = packages.CreateConsumer("ModelConsumer", "ShipOrder.cs", Worker, """<FlowableModel Include="../models/**/*.bpmn20.xml" />""");
        var models = Directory.CreateDirectory(Path.Combine(project, "..", "models")).FullName;
        File.WriteAllText(Path.Combine(models, "order.bpmn20.xml"), Model);
        File.WriteAllText(Path.Combine(models, "README.md"), "Not a model: it is not listed, so it is not read.");
        return project;
    }
}
