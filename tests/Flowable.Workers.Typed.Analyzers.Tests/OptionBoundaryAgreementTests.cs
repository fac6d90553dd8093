using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Flowable.Workers.Typed.Generators;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Flowable.Workers.Typed.Analyzers.Tests;

/// <summary>
/// Compile time and run time agree on every option at every boundary: a value on <c>[ExternalWorker]</c> is
/// reported by the analyzers (and not generated) exactly when <see cref="ExternalWorkerSubscriptionOptions.Validate"/>
/// rejects the same value, and a generated definition carrying it fails to subscribe, all saying why in the same words.
/// </summary>
public sealed class OptionBoundaryAgreementTests
{
    /// <summary>Each attribute option with the values either side of each bound, as C# literals.</summary>
    public static TheoryData<string, string> Boundaries
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var option in WorkerOptions.All.Where(option => option.OnAttribute))
            {
                // Distinct: where the default is a bound, the same case would be listed twice.
                foreach (var value in BoundaryValues(option).Distinct())
                {
                    data.Add(option.Name, Literal(option, value));
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_option_of_the_attribute_is_covered()
    {
        var attributeOptions = typeof(ExternalWorkerAttribute).GetProperties()
            .Select(property => property.Name)
            .Where(name => name is not nameof(ExternalWorkerAttribute.Topic) and not nameof(ExternalWorkerAttribute.JsonContext) and not "TypeId");

        Assert.Equal(
            attributeOptions.Order(StringComparer.Ordinal),
            WorkerOptions.All.Where(option => option.OnAttribute).Select(option => option.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task Compile_time_and_run_time_accept_and_reject_the_same_values_with_the_same_words(string option, string literal)
    {
        var compilation = AnalyzerRun.Compile($$"""[ExternalWorker("t", {{option}} = {{literal}})] public partial class W { public void Handle() { } }""");
        var errors = (await AnalyzerRun.DiagnosticsAsync(compilation)).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        CSharpGeneratorDriver.Create(new ExternalWorkerGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generated = output.SyntaxTrees.Any(tree => tree.FilePath.EndsWith("W.g.cs", StringComparison.Ordinal));

        var runtimeError = RunTimeError(option, literal);
        Assert.Equal(runtimeError, await SubscribeError(option, literal));

        if (runtimeError is null)
        {
            Assert.Empty(errors);
            Assert.True(generated);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal("FLW0043", error.Id);
            Assert.EndsWith(": " + runtimeError.TrimEnd('.'), error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.False(generated);
        }
    }

    /// <summary>The runtime's verdict on the value: null when accepted, else its sentence (without the parameter name).</summary>
    private static string? RunTimeError(string option, string literal)
    {
        var options = new ExternalWorkerSubscriptionOptions();
        switch (option)
        {
            case nameof(options.LockDuration): options.LockDuration = Duration(literal); break;
            case nameof(options.PollInterval): options.PollInterval = Duration(literal); break;
            case nameof(options.NumberOfTasks): options.NumberOfTasks = int.Parse(literal, System.Globalization.CultureInfo.InvariantCulture); break;
            case nameof(options.NumberOfRetries): options.NumberOfRetries = int.Parse(literal, System.Globalization.CultureInfo.InvariantCulture); break;
            case nameof(options.MaxConcurrency): options.MaxConcurrency = int.Parse(literal, System.Globalization.CultureInfo.InvariantCulture); break;
            case nameof(options.BindingFailureRetries): options.BindingFailureRetries = int.Parse(literal, System.Globalization.CultureInfo.InvariantCulture); break;
            case nameof(options.MaxLockOverruns): options.MaxLockOverruns = int.Parse(literal, System.Globalization.CultureInfo.InvariantCulture); break;
            case nameof(options.ScopeType): options.ScopeType = (ScopeType)int.Parse(literal["(ScopeType)(".Length..^1], System.Globalization.CultureInfo.InvariantCulture); break;
            default: throw new ArgumentOutOfRangeException(nameof(option), option, "An option this test does not know.");
        }

        try
        {
            options.Validate();
            return null;
        }
        catch (ArgumentOutOfRangeException exception)
        {
            Assert.Equal(option, exception.ParamName);
            return exception.Message[..exception.Message.IndexOf(" (Parameter", StringComparison.Ordinal)];
        }
    }

    /// <summary>
    /// The verdict of the path generated code takes: a definition carrying the value, as the generator emits it,
    /// subscribed with the plain client; null when the subscription starts.
    /// </summary>
    private static async Task<string?> SubscribeError(string option, string literal)
    {
        await using var client = new ExternalWorkerClient(new ExternalWorkerClientOptions { FlowableHost = "http://127.0.0.1:9" });
        try
        {
            var definition = Definition(option, literal);
            await using var subscription = client.Subscribe(definition);
            return null;
        }
        catch (ArgumentOutOfRangeException exception)
        {
            return exception.Message[..exception.Message.IndexOf(" (Parameter", StringComparison.Ordinal)];
        }
    }

    private static ExternalWorkerDefinition Definition(string option, string literal)
    {
        var definition = new ExternalWorkerDefinition("t", typeof(object), _ => throw new InvalidOperationException("No job is expected."));
        return option switch
        {
            nameof(definition.LockDuration) => definition with { LockDuration = Duration(literal) },
            nameof(definition.PollInterval) => definition with { PollInterval = Duration(literal) },
            nameof(definition.NumberOfTasks) => definition with { NumberOfTasks = Count(literal) },
            nameof(definition.NumberOfRetries) => definition with { NumberOfRetries = Count(literal) },
            nameof(definition.MaxConcurrency) => definition with { MaxConcurrency = Count(literal) },
            nameof(definition.BindingFailureRetries) => definition with { BindingFailureRetries = Count(literal) },
            nameof(definition.MaxLockOverruns) => definition with { MaxLockOverruns = Count(literal) },
            nameof(definition.ScopeType) => definition with { ScopeType = (ScopeType)Count(literal["(ScopeType)".Length..].Trim('(', ')')) },
            _ => throw new ArgumentOutOfRangeException(nameof(option), option, "An option this test does not know."),
        };
    }

    private static int Count(string literal) => int.Parse(literal, System.Globalization.CultureInfo.InvariantCulture);

    // The runtime's public parser, so that the value is read by run-time code, not by the analyzers' copy.
    private static TimeSpan Duration(string literal) => Variables.IsoDuration.Parse(literal.Trim('"'));

    private static IEnumerable<long> BoundaryValues(WorkerOption option)
    {
        yield return option.Minimum - 1;
        yield return option.Minimum;
        yield return option.Default;
        if (option.Kind == WorkerOptionKind.ScopeType)
        {
            yield return option.Maximum;
            yield return option.Maximum + 1;
        }
        else if (option.Kind == WorkerOptionKind.Count)
        {
            yield return int.MaxValue;
        }
        else
        {
            yield return TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond;
        }
    }

    private static string Literal(WorkerOption option, long value) => option.Kind switch
    {
        WorkerOptionKind.Duration => $"\"{(value < 0 ? "-PT0.0000001S" : value == 1 ? "PT0.0000001S" : Iso8601Duration.Format(TimeSpan.FromTicks(value)))}\"",
        WorkerOptionKind.ScopeType => $"(ScopeType)({value})",
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
