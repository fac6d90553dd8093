namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>One handler parameter.</summary>
/// <param name="Name">The parameter's name, as an identifier without <c>@</c>.</param>
/// <param name="Source">Where the argument comes from.</param>
/// <param name="VariableName">The variable read, for <see cref="ParameterSource.Variable"/>.</param>
/// <param name="Type">The variable's type, for <see cref="ParameterSource.Variable"/>.</param>
/// <param name="DefaultValue">The C# expression of the parameter's default value, when it has one (the variable is then optional).</param>
internal sealed record ParameterModel(
    string Name,
    ParameterSource Source,
    string? VariableName,
    VariableTypeModel? Type,
    string? DefaultValue);
