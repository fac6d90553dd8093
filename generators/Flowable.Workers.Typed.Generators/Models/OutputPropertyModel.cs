namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>A property of the handler's return type, written as an output variable.</summary>
/// <param name="PropertyName">The C# property name.</param>
/// <param name="VariableName">The variable's name: <c>[Variable]</c>, or the property name in camelCase.</param>
/// <param name="Type">The property's type.</param>
internal sealed record OutputPropertyModel(string PropertyName, string VariableName, VariableTypeModel Type);
