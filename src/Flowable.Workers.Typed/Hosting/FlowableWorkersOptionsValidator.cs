using Flowable.Workers.Typed.Shared;
using Microsoft.Extensions.Options;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// Checks <see cref="FlowableWorkersOptions"/> at start-up; every failure names the configuration key, so a bad
/// value stops the host with a message such as <c>Flowable:Workers:chargeCard:MaxConcurrency = 0 is out of range: MaxConcurrency must be at least 1.</c>
/// Messages never contain secrets.
/// </summary>
internal sealed class FlowableWorkersOptionsValidator(IEnumerable<FlowableWorkerSet> workerSets) : IValidateOptions<FlowableWorkersOptions>
{
    private const string Root = FlowableWorkersOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, FlowableWorkersOptions options)
    {
        var failures = new List<string>(options.ConfigurationErrors);
        ValidateConnection(options, failures);
        ValidateAuth(options.Auth, failures);
        ValidateSettings(Root, options.Defaults, failures);
        var definitions = FlowableWorkerSet.All(workerSets);
        var topics = definitions.Select(definition => definition.Topic).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (topic, settings) in options.Workers.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var path = $"{Root}:Workers:{topic}";
            if (!topics.Contains(topic))
            {
                failures.Add($"{path} matches no worker; the workers' topics are: {string.Join(", ", topics.Order(StringComparer.Ordinal))}.");
            }

            ValidateSettings(path, settings, failures);
        }

        if (failures.Count == 0)
        {
            ValidateEffectiveSettings(definitions, options, failures);
        }

        foreach (var duplicate in definitions.GroupBy(definition => definition.Topic, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
        {
            failures.Add($"Several workers handle topic '{duplicate.Key}': {string.Join(", ", duplicate.Select(definition => definition.WorkerType.FullName))}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateConnection(FlowableWorkersOptions options, List<string> failures)
    {
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{Root}:Url must be an absolute http or https URL, not '{options.Url}'.");
        }
        else if (url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            failures.Add($"{Root}:Url must not carry a query, a fragment or user info (put credentials under {Root}:Auth).");
        }

        if (options.WorkerId is not null && string.IsNullOrWhiteSpace(options.WorkerId))
        {
            failures.Add($"{Root}:WorkerId must not be blank; leave it out for <hostname>-<pid>.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Root}:RequestTimeout must be positive (was {options.RequestTimeout}).");
        }

        if (options.ShutdownGracePeriod < TimeSpan.Zero)
        {
            failures.Add($"{Root}:ShutdownGracePeriod must not be negative (was {options.ShutdownGracePeriod}).");
        }

        if (options.UnhealthyAfterPollFailures < 1)
        {
            failures.Add($"{Root}:UnhealthyAfterPollFailures must be ≥ 1 (was {options.UnhealthyAfterPollFailures}).");
        }
    }

    private static void ValidateAuth(FlowableAuthOptions auth, List<string> failures)
    {
        var path = $"{Root}:Auth";
        var basic = !string.IsNullOrEmpty(auth.Basic.User) || !string.IsNullOrEmpty(auth.Basic.Password);
        var kinds = (basic ? 1 : 0) + (string.IsNullOrEmpty(auth.Token) ? 0 : 1) + (string.IsNullOrEmpty(auth.CloudToken) ? 0 : 1);
        if (kinds > 1)
        {
            failures.Add($"{path} must set only one of Basic, Token and CloudToken.");
        }

        if (!basic)
        {
            return;
        }

        if (string.IsNullOrEmpty(auth.Basic.User))
        {
            failures.Add($"{path}:Basic:User is required when {path}:Basic:Password is set.");
        }
        else if (auth.Basic.User.Contains(':', StringComparison.Ordinal))
        {
            failures.Add($"{path}:Basic:User must not contain ':'.");
        }

        if (string.IsNullOrEmpty(auth.Basic.Password))
        {
            failures.Add($"{path}:Basic:Password is required when {path}:Basic:User is set.");
        }
    }

    private static void ValidateSettings(string path, FlowableWorkerSettings settings, List<string> failures)
    {
        foreach (var problem in WorkerSettingsValidator.Validate(settings.Layer))
        {
            failures.Add($"{path}:{problem.Option.Name} = {problem.Value} is out of range: {problem.Requirement}.");
        }
    }

    /// <summary>Combinations of levels the single checks cannot see (a global maximum backoff below a worker's initial one).</summary>
    private static void ValidateEffectiveSettings(
        IReadOnlyList<ExternalWorkerDefinition> definitions,
        FlowableWorkersOptions options,
        List<string> failures)
    {
        foreach (var definition in definitions)
        {
            var resolved = WorkerSubscriptionSettings.For(definition, options).ToSettings();
            foreach (var problem in WorkerSettingsValidator.Validate(resolved))
            {
                failures.Add($"The settings of worker '{definition.Topic}' do not fit together: {problem.Requirement} (was {problem.Value}).");
            }
        }
    }
}
