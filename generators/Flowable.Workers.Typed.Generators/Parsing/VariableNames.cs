namespace Flowable.Workers.Typed.Generators.Parsing;

/// <summary>
/// Which names can be Flowable variables. Flowable stores any string, but a variable is only usable in expressions
/// (<c>${orderId}</c>, conditions, mappings) when its name is an identifier: a letter, <c>_</c> or <c>$</c>, then
/// letters, digits, <c>_</c> or <c>$</c>.
/// </summary>
internal static class VariableNames
{
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || !IsStart(name![0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsStart(name[i]) && !char.IsDigit(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsStart(char character) => char.IsLetter(character) || character is '_' or '$';
}
