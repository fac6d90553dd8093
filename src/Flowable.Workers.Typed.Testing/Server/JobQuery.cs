using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Flowable.Workers.Typed.Testing.Engine;
using Microsoft.AspNetCore.Http;

namespace Flowable.Workers.Typed.Testing.Server;

/// <summary><c>GET /jobs</c> (E6): the filters of <c>ExternalWorkerJobQueryRequest</c> and Flowable's paging envelope.</summary>
internal static class JobQuery
{
    private static readonly Dictionary<string, Func<EmulatorJobState, IComparable?>> SortKeys = new(StringComparer.Ordinal)
    {
        ["id"] = job => job.Id,
        ["dueDate"] = job => job.DueDate,
        ["createTime"] = job => job.CreateTime,
        ["executionId"] = job => job.ExecutionId,
        ["processInstanceId"] = job => job.ProcessInstanceId,
        ["retries"] = job => job.Retries,
        ["tenantId"] = job => job.TenantId,
    };

    private static readonly (string Parameter, Func<EmulatorJobState, string?> Field)[] ExactFilters =
    [
        ("id", job => job.Id),
        ("processInstanceId", job => job.ProcessInstanceId),
        ("executionId", job => job.ExecutionId),
        ("processDefinitionId", job => job.ProcessDefinitionId),
        ("scopeId", job => job.ScopeId),
        ("subScopeId", job => job.SubScopeId),
        ("scopeDefinitionId", job => job.ScopeDefinitionId),
        ("scopeType", job => job.ScopeType),
        ("elementId", job => job.ElementId),
        ("elementName", job => job.ElementName),
        ("exceptionMessage", job => job.ExceptionMessage),
        ("tenantId", job => job.TenantId),
    ];

    private static readonly (string Parameter, Func<EmulatorJobState, bool> Holds)[] FlagFilters =
    [
        ("withoutProcessInstanceId", job => job.ProcessInstanceId is null),
        ("withoutScopeId", job => job.ScopeId is null),
        ("withoutScopeType", job => job.ScopeType is null),
        ("withException", job => job.ExceptionMessage is not null || job.ErrorDetails is not null),
        ("withoutTenantId", job => string.IsNullOrEmpty(job.TenantId)),
        ("locked", job => job.LockExpirationTime is not null),
        ("unlocked", job => job.LockExpirationTime is null),
    ];

    public static JsonObject Run(IReadOnlyList<EmulatorJobState> activeJobs, IQueryCollection query, string apiUrl)
    {
        var matches = activeJobs.AsEnumerable();
        foreach (var (parameter, field) in ExactFilters)
        {
            if (Text(query, parameter) is { } wanted)
            {
                matches = matches.Where(job => string.Equals(field(job), wanted, StringComparison.Ordinal));
            }
        }

        foreach (var (parameter, holds) in FlagFilters)
        {
            if (Flag(query, parameter))
            {
                matches = matches.Where(holds);
            }
        }

        if (Text(query, "tenantIdLike") is { } pattern)
        {
            var like = SqlLike(pattern);
            matches = matches.Where(job => job.TenantId is not null && like.IsMatch(job.TenantId));
        }

        var start = Math.Max(0, Number(query, "start") ?? 0);
        var size = Number(query, "size") is { } requested && requested >= 0 ? requested : 10;
        var sort = Text(query, "sort") ?? "id";
        var order = Text(query, "order") ?? "asc";
        var key = SortKeys.TryGetValue(sort, out var found)
            ? found
            : throw FlowableRestException.BadRequest($"Value for param 'sort' is not valid, '{sort}' is not a valid property");
        var descending = order switch
        {
            "asc" => false,
            "desc" => true,
            _ => throw FlowableRestException.BadRequest($"Value for param 'order' is not valid : '{order}', must be 'asc' or 'desc'"),
        };

        var all = matches.ToList();
        var sorted = descending ? all.OrderByDescending(key, NullsFirst.Instance) : all.OrderBy(key, NullsFirst.Instance);
        var page = sorted.Skip(start).Take(size).ToList();
        return new JsonObject
        {
            ["data"] = new JsonArray([.. page.Select(JsonNode (job) => JobJson.Write(job, apiUrl, withVariables: false))]),
            ["total"] = all.Count,
            ["start"] = start,
            ["sort"] = sort,
            ["order"] = order,
            ["size"] = page.Count,
        };
    }

    private static string? Text(IQueryCollection query, string parameter) =>
        query.TryGetValue(parameter, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Spring's boolean binding; only <c>true</c> switches a filter on.</summary>
    private static bool Flag(IQueryCollection query, string parameter) => Text(query, parameter)?.ToUpperInvariant() switch
    {
        null or "" => false,
        "TRUE" or "ON" or "YES" or "1" => true,
        "FALSE" or "OFF" or "NO" or "0" => false,
        _ => throw FlowableRestException.InternalError(
            $"Failed to convert value of type 'java.lang.String' to required type 'java.lang.Boolean'; Invalid boolean value [{Text(query, parameter)}]"),
    };

    private static int? Number(IQueryCollection query, string parameter)
    {
        var text = Text(query, parameter);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw FlowableRestException.InternalError(
                $"Failed to convert value of type 'java.lang.String' to required type 'int'; For input string: \"{text}\"");
    }

    private static Regex SqlLike(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>Orders nulls before values (as H2 and most databases do for ascending order), values by their natural order.</summary>
    private sealed class NullsFirst : IComparer<IComparable?>
    {
        public static readonly NullsFirst Instance = new();

        public int Compare(IComparable? x, IComparable? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => string.CompareOrdinal(a, b),
            _ => x.CompareTo(y),
        };
    }
}
