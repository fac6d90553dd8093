using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Flowable.Workers.Typed.Generators.Parsing;

internal static partial class Parser
{
    /// <summary>The C# expression of a parameter's default value, exact and culture-independent.</summary>
    private static string DefaultValueLiteral(IParameterSymbol parameter)
    {
        var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameter.Type;
        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return parameter.Type.IsValueType && parameter.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                ? "default"
                : "null";
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            var member = type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));
            return member is null
                ? $"({TypeName(type)})({Convert.ToString(value, CultureInfo.InvariantCulture)})"
                : $"{TypeName(type)}.{member.Name}";
        }

        return value switch
        {
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            char character => SymbolDisplay.FormatLiteral(character, quote: true),
            bool flag => flag ? "true" : "false",
            int number => number.ToString(CultureInfo.InvariantCulture),
            long number => number.ToString(CultureInfo.InvariantCulture) + "L",
            short number => $"(short)({number.ToString(CultureInfo.InvariantCulture)})",
            decimal number => number.ToString(CultureInfo.InvariantCulture) + "M",
            double number => DoubleLiteral(number),
            float number => SingleLiteral(number),
            _ => $"({TypeName(type)})({Convert.ToString(value, CultureInfo.InvariantCulture)})",
        };
    }

    private static string DoubleLiteral(double value) => value switch
    {
        double.NaN => "double.NaN",
        double.PositiveInfinity => "double.PositiveInfinity",
        double.NegativeInfinity => "double.NegativeInfinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture) + "D",
    };

    private static string SingleLiteral(float value) => value switch
    {
        float.NaN => "float.NaN",
        float.PositiveInfinity => "float.PositiveInfinity",
        float.NegativeInfinity => "float.NegativeInfinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture) + "F",
    };
}
