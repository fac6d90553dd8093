namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// A variable is missing, null, of the wrong kind or out of range for the type a worker asked for. The message names
/// the variable, the expected type and what came: <c>Variable 'amount' expected integer but was string "abc"</c>.
/// </summary>
/// <remarks>A worker that throws it fails the job with this message; the handler is not called.</remarks>
public sealed class VariableConversionException : Exception
{
    /// <summary>Creates the exception for a value of the wrong kind.</summary>
    /// <param name="variableName">The variable's name.</param>
    /// <param name="expectedType">What was expected, e.g. <c>integer</c> or <c>string (OrderStatus)</c>.</param>
    /// <param name="actual">What came, e.g. <c>string "abc"</c>, <c>missing</c> or <c>null</c>.</param>
    public VariableConversionException(string variableName, string expectedType, string actual)
        : this(variableName, expectedType, actual, $"Variable '{variableName}' expected {expectedType} but was {actual}", null)
    {
    }

    /// <summary>Creates the exception for a value of the wrong kind, with the error that rejected it.</summary>
    public VariableConversionException(string variableName, string expectedType, string actual, Exception? innerException)
        : this(variableName, expectedType, actual, $"Variable '{variableName}' expected {expectedType} but was {actual}", innerException)
    {
    }

    private VariableConversionException(
        string variableName, string expectedType, string actual, string message, Exception? innerException)
        : base(message, innerException)
    {
        VariableName = variableName;
        ExpectedType = expectedType;
        Actual = actual;
    }

    /// <summary>The variable's name.</summary>
    public string VariableName { get; }

    /// <summary>What was expected, e.g. <c>integer</c>.</summary>
    public string ExpectedType { get; }

    /// <summary>What came, e.g. <c>string "abc"</c>.</summary>
    public string Actual { get; }

    /// <summary>The job has no variable of that name: <c>Variable 'amount' expected integer but was missing</c>.</summary>
    public static VariableConversionException Missing(string name, string expectedType) =>
        new(name, expectedType, "missing");

    /// <summary>The variable's value is null: <c>Variable 'amount' expected integer but was null</c>.</summary>
    public static VariableConversionException Null(string name, string expectedType) =>
        new(name, expectedType, "null");

    /// <summary>
    /// The value has the right kind but does not fit:
    /// <c>Variable 'count' expected integer but the value 3000000000 is out of range</c>.
    /// </summary>
    public static VariableConversionException OutOfRange(string name, string expectedType, string value) =>
        new(name, expectedType, value, $"Variable '{name}' expected {expectedType} but the value {value} is out of range", null);
}
