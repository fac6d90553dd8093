namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// The little the model checks and the emulator need to know about Flowable's <c>${...}</c> / <c>#{...}</c>
/// expressions in BPMN and CMMN models: which values are expressions, and which name one variable plainly.
/// </summary>
internal static class ModelExpressions
{
    /// <summary>Whether Flowable evaluates <paramref name="value"/> as an expression rather than taking it literally.</summary>
    public static bool IsExpression(string value) => value.Contains("${") || value.Contains("#{");

    /// <summary>The variable name of a plain <c>${name}</c>; null for anything else.</summary>
    public static string? PlainVariable(string? expression)
    {
        if (expression is null)
        {
            return null;
        }

        var trimmed = expression.Trim();
        if (trimmed.Length < 4 || !trimmed.StartsWith("${", System.StringComparison.Ordinal) || trimmed[trimmed.Length - 1] != '}')
        {
            return null;
        }

        var name = trimmed.Substring(2, trimmed.Length - 3).Trim();
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return null;
        }

        foreach (var character in name)
        {
            if (!(char.IsLetterOrDigit(character) || character == '_'))
            {
                return null;
            }
        }

        return name;
    }
}
