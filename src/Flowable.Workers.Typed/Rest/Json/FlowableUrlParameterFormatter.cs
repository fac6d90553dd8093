using System.Globalization;
using System.Reflection;
using Refit;

namespace Flowable.Workers.Typed.Rest;

/// <summary>
/// Formats path and query values as Flowable's documentation writes them: booleans as <c>true</c>/<c>false</c>
/// (not .NET's <c>True</c>), numbers in the invariant culture. Needs no reflection, unlike Refit's default formatter.
/// </summary>
internal sealed class FlowableUrlParameterFormatter : IUrlParameterFormatter
{
    public string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
