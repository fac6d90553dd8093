using System.Globalization;
using Flowable.Workers.Typed.Hosting.Tests.Infrastructure;
using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Flowable.Workers.Typed.Shared;
using Microsoft.Extensions.Options;

namespace Flowable.Workers.Typed.Hosting.Tests;

/// <summary>
/// The host and the client agree on every option at every boundary: a configured value stops the host exactly when
/// <see cref="ExternalWorkerSubscriptionOptions.Validate"/> rejects it, with the same sentence (the analyzers' half
/// of the agreement is <c>OptionBoundaryAgreementTests</c>).
/// </summary>
public sealed class OptionBoundaryTests
{
    public static TheoryData<string, long> Boundaries
    {
        get
        {
            var data = new TheoryData<string, long>();
            foreach (var option in WorkerOptions.All)
            {
                long[] values = option.Kind == WorkerOptionKind.ScopeType
                    ? [option.Minimum - 1, option.Minimum, option.Default, option.Maximum + 1]
                    : [option.Minimum - 1, option.Minimum, option.Default];
                // Distinct: where the default is a bound, the same case would be listed twice.
                foreach (var value in values.Distinct())
                {
                    data.Add(option.Name, value);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task The_host_rejects_a_configured_value_exactly_when_the_client_does_with_the_same_words(string name, long value)
    {
        var option = WorkerOptions.Find(name)!;
        var key = $"Flowable:Workers:chargeCard:{name}";
        var configured = option.Kind switch
        {
            WorkerOptionKind.Duration => Iso8601DurationText(value),
            WorkerOptionKind.ScopeType => ((ScopeType)value).ToString(),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
        var clientError = ClientError(option, value);
        await using var host = WorkerHost.Create(null, [ExternalWorkerDefinition.For<ChargeCardWorker>()], new Dictionary<string, string?>
        {
            [key] = configured,
            // The backoff pair is checked together: keep the other one of the pair out of the way.
            ["Flowable:ErrorBackoffInitialDelay"] = name == "ErrorBackoffMaxDelay" ? "PT0.0000001S" : null,
            ["Flowable:ErrorBackoffMaxDelay"] = name == "ErrorBackoffInitialDelay" ? "P1D" : null,
        });

        var failure = await Record.ExceptionAsync(() => host.Host.StartAsync());

        if (clientError is null)
        {
            Assert.Null(failure);
        }
        else
        {
            var failures = Assert.IsType<OptionsValidationException>(failure).Failures;
            Assert.Contains(failures, message => message.StartsWith(key, StringComparison.Ordinal) && message.EndsWith(": " + clientError, StringComparison.Ordinal));
        }
    }

    private static string Iso8601DurationText(long ticks) =>
        ticks switch
        {
            -1 => "-PT0.0000001S",
            1 => "PT0.0000001S",
            _ => Variables.IsoDuration.Format(TimeSpan.FromTicks(ticks)),
        };

    private static string? ClientError(WorkerOption option, long value)
    {
        var settings = new WorkerSettings();
        settings.Set(option, value);
        var options = new ExternalWorkerSubscriptionOptions
        {
            ErrorBackoffInitialDelay = TimeSpan.FromTicks(1),
            ErrorBackoffMaxDelay = TimeSpan.FromDays(1),
        }.With(settings);
        try
        {
            options.Validate();
            return null;
        }
        catch (ArgumentOutOfRangeException exception)
        {
            Assert.Equal(option.Name, exception.ParamName);
            return exception.Message[..exception.Message.IndexOf(" (Parameter", StringComparison.Ordinal)];
        }
    }
}
