using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests;

public sealed class DuplicateTopicAnalyzerTests
{
    [Fact]
    public async Task Two_workers_on_one_topic_each_get_a_warning_naming_the_other() =>
        await new WorkerAnalyzerTest<DuplicateTopicAnalyzer>(
            """
            namespace Shop;
            [ExternalWorker({|#0:"charge"|})] public partial class ChargeCard { public void Handle() { } }
            [ExternalWorker({|#1:"charge"|}, LockDuration = "PT2M")] public partial class ChargeCardAgain { public void Handle() { } }
            """,
            new DiagnosticResult(DiagnosticDescriptors.DuplicateTopic).WithLocation(0)
                .WithMessage("The topic 'charge' of 'ChargeCard' is also the topic of 'Shop.ChargeCardAgain'; each job goes to whichever worker acquires it first"),
            new DiagnosticResult(DiagnosticDescriptors.DuplicateTopic).WithLocation(1)
                .WithMessage("The topic 'charge' of 'ChargeCardAgain' is also the topic of 'Shop.ChargeCard'; each job goes to whichever worker acquires it first")).RunAsync();

    [Fact]
    public async Task Topics_that_differ_only_in_case_are_one_topic_as_configuration_keys_are() =>
        await new WorkerAnalyzerTest<DuplicateTopicAnalyzer>(
            """
            namespace Shop;
            [ExternalWorker({|#0:"charge"|})] public partial class ChargeCard { public void Handle() { } }
            [ExternalWorker({|#1:"Charge"|})] public partial class ChargeCardAgain { public void Handle() { } }
            """,
            new DiagnosticResult(DiagnosticDescriptors.DuplicateTopic).WithLocation(0)
                .WithMessage("The topic 'charge' of 'ChargeCard' is also the topic of 'Shop.ChargeCardAgain as \"Charge\"'; each job goes to whichever worker acquires it first"),
            new DiagnosticResult(DiagnosticDescriptors.DuplicateTopic).WithLocation(1)
                .WithMessage("The topic 'Charge' of 'ChargeCardAgain' is also the topic of 'Shop.ChargeCard as \"charge\"'; each job goes to whichever worker acquires it first")).RunAsync();

    [Fact]
    public async Task Topics_that_differ_in_more_than_case_are_different_topics() =>
        await new WorkerAnalyzerTest<DuplicateTopicAnalyzer>(
            """
            [ExternalWorker("charge")] public partial class ChargeCard { public void Handle() { } }
            [ExternalWorker("charge ")] public partial class ChargeCardAgain { public void Handle() { } }
            [ExternalWorker("chärge")] public partial class ChargeCardUmlaut { public void Handle() { } }
            """).RunAsync();
}
