using System.Globalization;
using Flowable.Workers.Typed.Shared;
using Microsoft.Extensions.Configuration;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// Reads <see cref="FlowableWorkersOptions"/> from the <c>Flowable</c> configuration section, by hand: no reflection,
/// so it is trimming- and NativeAOT-safe, and a value that cannot be read is recorded with its full key instead of
/// throwing a generic binder error.
/// </summary>
internal static class FlowableWorkersConfigurationBinder
{
    public static void Bind(IConfiguration section, FlowableWorkersOptions options)
    {
        var reader = new Reader(section, options.ConfigurationErrors);
        options.Url = reader.String("Url") ?? options.Url;
        options.WorkerId = reader.String("WorkerId") ?? options.WorkerId;
        options.RequestTimeout = reader.Duration("RequestTimeout") ?? options.RequestTimeout;
        options.ShutdownGracePeriod = reader.Duration("ShutdownGracePeriod") ?? options.ShutdownGracePeriod;
        options.UnhealthyAfterPollFailures = reader.Int32("UnhealthyAfterPollFailures") ?? options.UnhealthyAfterPollFailures;

        var auth = section.GetSection("Auth");
        options.Auth.Basic.User = auth["Basic:User"] ?? options.Auth.Basic.User;
        options.Auth.Basic.Password = auth["Basic:Password"] ?? options.Auth.Basic.Password;
        options.Auth.Token = auth["Token"] ?? options.Auth.Token;
        options.Auth.CloudToken = auth["CloudToken"] ?? options.Auth.CloudToken;

        BindSettings(reader, options.Defaults);
        foreach (var worker in section.GetSection("Workers").GetChildren())
        {
            BindSettings(new Reader(worker, options.ConfigurationErrors), options.Worker(worker.Key));
        }
    }

    private static void BindSettings(Reader reader, FlowableWorkerSettings settings)
    {
        foreach (var option in WorkerOptions.All)
        {
            long? value = option.Kind switch
            {
                WorkerOptionKind.Duration => reader.Duration(option.Name)?.Ticks,
                WorkerOptionKind.ScopeType => (long?)reader.ScopeType(option.Name),
                _ => reader.Int32(option.Name),
            };
            if (value is { } set)
            {
                settings.Layer.Set(option, set);
            }
        }
    }

    /// <summary>Reads typed values of one section; an unreadable value is recorded as an error and read as absent.</summary>
    private sealed class Reader(IConfiguration section, List<string> errors)
    {
        private readonly string _path = section is IConfigurationSection named ? named.Path : FlowableWorkersOptions.SectionName;

        public string? String(string key) => section[key] is { Length: > 0 } value ? value : null;

        public int? Int32(string key)
        {
            if (String(key) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add($"{_path}:{key} must be a whole number, not '{text}'.");
            return null;
        }

        public TimeSpan? Duration(string key)
        {
            if (String(key) is not { } text)
            {
                return null;
            }

            var trimmed = text.Trim();
            var iso = trimmed.Contains('P', StringComparison.OrdinalIgnoreCase);
            if (iso ? Iso8601Duration.TryParse(trimmed, out var value) : TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out value))
            {
                return value;
            }

            errors.Add($"{_path}:{key} must be a duration such as 'PT30S' (ISO-8601) or '00:00:30', not '{text}'.");
            return null;
        }

        public ScopeType? ScopeType(string key)
        {
            if (String(key) is not { } text)
            {
                return null;
            }

            if (Enum.TryParse<ScopeType>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
            {
                return value;
            }

            errors.Add($"{_path}:{key} must be Any, Bpmn or Cmmn, not '{text}'.");
            return null;
        }
    }
}
