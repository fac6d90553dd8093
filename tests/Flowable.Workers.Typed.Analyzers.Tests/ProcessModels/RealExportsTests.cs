namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

public sealed class RealExportsTests
{
    private static string Fixture(string name) =>
        File.ReadAllText(RepositoryPaths.Combine("..", "shared", "fixtures", "flowable-models", name));

    [Fact]
    public async Task Workers_matching_the_flowable_design_exports_get_no_diagnostic() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("myTopic", ScopeType = ScopeType.Bpmn)]
            public partial class MyTopicWorker
            {
                private const string Declined = "declined";

                public string Handle(string? customer, int attempt = 1)
                {
                    if (attempt > 3) throw new BpmnErrorException("errorCode1");
                    if (customer is null) throw new BpmnErrorException(Declined);
                    return customer;
                }
            }

            [ExternalWorker("cmmnTopic", ScopeType = ScopeType.Cmmn)]
            public partial class CmmnTopicWorker
            {
                public void Handle(string claimId) { if (claimId.Length == 0) throw new CmmnTerminateException(); }
            }
            """)
            .WithModel("/models/externalWorkerProcess.bpmn", Fixture("externalWorkerProcess.bpmn").Replace("externalWorkerProcess\"", "plainProcess\"", StringComparison.Ordinal))
            .WithModel("/models/withBoundaryEvent.bpmn", Fixture("withBoundaryEvent.bpmn"))
            .WithModel("/models/externalWorkerCase.cmmn", Fixture("externalWorkerCase.cmmn"))
            .RunAsync();
}
