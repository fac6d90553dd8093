using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Flowable.Workers.Typed.Testing.Engine;
using Flowable.Workers.Typed.Testing.Wire;

namespace Flowable.Workers.Typed.Testing.Server;

/// <summary>
/// The checks Flowable's REST variable converters make on variables a worker sends (§5.2): the name is required, the
/// type must be one this API converts, and the value must have the JSON kind (or text form) the type needs.
/// Accepted variables are kept exactly as sent.
/// </summary>
internal static partial class VariableInput
{
    public static IReadOnlyList<EmulatorVariable> Convert(IReadOnlyList<Submitted> variables) => [.. variables.Select(Convert)];

    private static EmulatorVariable Convert(Submitted variable)
    {
        var name = variable.Name ?? throw FlowableRestException.BadRequest("Variable name is required.");
        if (variable.Type is { } type)
        {
            var check = Checks.TryGetValue(type, out var found)
                ? found
                : throw FlowableRestException.BadRequest($"Variable '{name}' has unsupported type: '{type}'.");
            if (variable.Value is { } value && value.GetValueKind() != JsonValueKind.Null)
            {
                check(value);
            }
        }

        return new EmulatorVariable(name, variable.Type, variable.Value);
    }

    private static readonly Dictionary<string, Action<JsonNode>> Checks = new(StringComparer.Ordinal)
    {
        ["string"] = value => Require(value, JsonValueKind.String, "Converter can only convert strings"),
        ["integer"] = value => Require(value, JsonValueKind.Number, "Converter can only convert integers"),
        ["long"] = value => Require(value, JsonValueKind.Number, "Converter can only convert longs"),
        ["short"] = value => Require(value, JsonValueKind.Number, "Converter can only convert shorts"),
        ["double"] = value => Require(value, JsonValueKind.Number, "Converter can only convert doubles"),
        ["boolean"] = value => RequireBoolean(value),
        ["date"] = value => RequireText(value, "date", JavaTimeParsing.IsFlowableDate),
        ["instant"] = value => RequireText(value, "instant", JavaTimeParsing.IsInstant),
        ["localDate"] = value => RequireText(value, "localDate", JavaTimeParsing.IsLocalDate),
        ["localDateTime"] = value => RequireText(value, "localDateTime", JavaTimeParsing.IsLocalDateTime),
        ["json"] = _ => { },
        ["bigDecimal"] = value => RequireNumberText(value, BigDecimalPattern(), BigDecimalMessage),
        ["bigInteger"] = value => RequireNumberText(value, BigIntegerPattern(), text => $"For input string: \"{text}\""),
    };

    [GeneratedRegex(@"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BigDecimalPattern();

    [GeneratedRegex(@"^[+-]?\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex BigIntegerPattern();

    private static string BigDecimalMessage(string text) =>
        text.FirstOrDefault(c => !char.IsAsciiDigit(c) && c is not ('.' or 'e' or 'E' or '+' or '-')) is var bad and not '\0'
            ? $"Character {bad} is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark."
            : "Character array is missing \"exponent\" mark 'e' or 'E'.";

    private static void Require(JsonNode value, JsonValueKind kind, string message)
    {
        if (value.GetValueKind() != kind)
        {
            throw FlowableRestException.BadRequest(message);
        }
    }

    private static void RequireBoolean(JsonNode value)
    {
        if (value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw FlowableRestException.BadRequest("Converter can only convert booleans");
        }
    }

    private static void RequireText(JsonNode value, string type, Func<string, bool> isValid)
    {
        Require(value, JsonValueKind.String, $"Converter can only convert string to {type}");
        var text = value.GetValue<string>();
        if (!isValid(text))
        {
            var article = type.StartsWith('i') ? "an" : "a";
            throw FlowableRestException.BadRequest($"The given variable value is not {article} {type}: '{text}'");
        }
    }

    /// <summary>Flowable converts these with <c>new BigDecimal(value.toString())</c>; bad text escapes as a 500.</summary>
    private static void RequireNumberText(JsonNode value, Regex pattern, Func<string, string> javaMessage)
    {
        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        if (!pattern.IsMatch(text))
        {
            throw FlowableRestException.InternalError(javaMessage(text));
        }
    }

    /// <summary>One entry of a request's <c>variables</c> array, before conversion.</summary>
    public sealed record Submitted(string? Name, string? Type, JsonNode? Value);
}
