using System.Collections;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed;

/// <summary>
/// A list of variables built fluently, for the exceptions and factories that take variables:
/// <c>new BpmnErrorException("declined", new VariableList().Variable("reason", "expired"))</c>.
/// </summary>
public sealed class VariableList : VariableBuilder<VariableList>, IReadOnlyList<RestVariable>
{
    /// <inheritdoc />
    public int Count => Variables.Count;

    /// <inheritdoc />
    public RestVariable this[int index] => Variables[index];

    /// <inheritdoc />
    public IEnumerator<RestVariable> GetEnumerator() => Variables.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
