using System.Text.RegularExpressions;
using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

namespace Flowable.Workers.Typed.Packaging.Tests;

/// <summary>
/// Builds a project with a deliberately broken worker from the packed package, restored from a folder feed into a clean
/// packages folder: the analyzers inside the package must name every problem, and the generator must add no error.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed partial class BrokenWorkerPackageTests(PackedPackages packages)
{
    private const string BrokenWorker = """
        using System.Threading;
        using System.Threading.Tasks;
        using Flowable.Workers.Typed;

        namespace Broken;

        [ExternalWorker("chargeCard", LockDuration = "P1M")]
        public class ChargeCard
        {
            public async void HandleAsync(object payload, CancellationToken ct) => await Task.Delay(1, ct);
        }
        """;

    [Fact]
    public async Task A_broken_worker_fails_the_build_with_exactly_its_FLW_diagnostics_and_no_compiler_error()
    {
        var project = packages.CreateConsumer("BrokenWorker", "ChargeCard.cs", BrokenWorker);

        var build = await DotnetCli.RunAsync(project, "build", "-c", "Release", "--no-incremental", "-p:TreatWarningsAsErrors=false");

        Assert.True(build.ExitCode != 0, $"the broken project built:{Environment.NewLine}{build.Output}");
        var reported = DiagnosticIds().Matches(build.Output).Select(match => match.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["FLW0001", "FLW0014", "FLW0021", "FLW0042"], reported.Order(StringComparer.Ordinal));
        Assert.Contains("ChargeCard.cs(7,46): error FLW0042: LockDuration \"P1M\" of worker 'ChargeCard'", build.Output, StringComparison.Ordinal);
        Assert.Contains("ChargeCard.cs(8,14): error FLW0001: The worker class 'ChargeCard' must be partial", build.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(CompilerErrors(), build.Output);
    }

    [GeneratedRegex(@"\b(?:error|warning|info) (?<id>FLW\d{4})\b")]
    private static partial Regex DiagnosticIds();

    [GeneratedRegex(@"\berror CS\d{4}\b")]
    private static partial Regex CompilerErrors();
}
