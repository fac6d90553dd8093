namespace Flowable.Workers.Typed;

/// <summary>
/// Names the process or case variable a handler parameter is read from, or an output property is written to,
/// when it differs from the parameter's name or the property's camelCase name.
/// </summary>
/// <param name="name">The variable's name in Flowable.</param>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class VariableAttribute(string name) : Attribute
{
    /// <summary>The variable's name in Flowable.</summary>
    public string Name { get; } = name;
}
