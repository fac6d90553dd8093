namespace Flowable.Workers.Typed.Generators.Parsing;

/// <summary>
/// Which names can be Flowable variables: any name that is not empty or white space. Flowable stores any such
/// string (<c>customer-id</c>, <c>order.total</c>); an expression reaches a name that is not an identifier through
/// <c>${execution.getVariable('customer-id')}</c>.
/// </summary>
internal static class VariableNames
{
    public static bool IsValid(string? name) => !string.IsNullOrWhiteSpace(name);
}
