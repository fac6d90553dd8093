using System.Globalization;

namespace Flowable.Workers.Typed.Benchmarks.Check;

/// <summary>
/// A <see cref="WorkerResult"/> as text, variables in order as <c>name:type=json</c>, so two results can be compared
/// exactly (a variable's <see cref="System.Text.Json.JsonElement"/> has no value equality).
/// </summary>
public static class ResultText
{
    /// <summary>Renders every field of <paramref name="result"/>.</summary>
    /// <param name="result">The result to render.</param>
    /// <returns>One line per field and variable.</returns>
    public static string Render(WorkerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{result.Kind} code={result.ErrorCode} message={result.ErrorMessage} retries={result.Retries} timeout={result.RetryTimeout}"),
        };
        lines.AddRange(result.Variables.Select(variable => $"{variable.Name}:{variable.Type}={variable.Value.GetRawText()}"));
        return string.Join('\n', lines);
    }
}
