namespace Flowable.Workers.Typed.Shared;

/// <summary>One row of the binding table: a C# type, the Flowable type it is written as, and the runtime's methods for it.</summary>
internal sealed class BindingRow
{
    public BindingRow(
        BindingKind kind,
        string? clrNamespace,
        string? clrName,
        string displayName,
        string writtenType,
        string expectedType,
        string readMethod,
        string writeMethod)
    {
        Kind = kind;
        ClrNamespace = clrNamespace;
        ClrName = clrName;
        DisplayName = displayName;
        WrittenType = writtenType;
        ExpectedType = expectedType;
        ReadMethod = readMethod;
        WriteMethod = writeMethod;
    }

    public BindingKind Kind { get; }

    /// <summary>The namespace of the C# type; null for the rows that stand for many types (enums, JSON).</summary>
    public string? ClrNamespace { get; }

    /// <summary>The metadata name of the C# type (<c>Int32</c>); null for the rows that stand for many types.</summary>
    public string? ClrName { get; }

    /// <summary>The type as users write it (<c>int</c>, <c>BigInteger</c>, <c>enums</c>), for messages.</summary>
    public string DisplayName { get; }

    /// <summary>The Flowable <c>type</c> a value is written as (<see cref="BindingKind.DateTime"/> writes <c>localDateTime</c> for Kind Unspecified).</summary>
    public string WrittenType { get; }

    /// <summary>
    /// What a conversion error says was expected (<c>integer</c>, <c>string (Guid)</c>); for enums and JSON a format
    /// whose <c>{0}</c> is the C# type name (see <see cref="BindingTable.ExpectedTypeOf"/>).
    /// </summary>
    public string ExpectedType { get; }

    /// <summary>The <c>VariableReader</c> method (generic for enums and JSON).</summary>
    public string ReadMethod { get; }

    /// <summary>The <c>VariableWriter</c> and <c>VariableListWriter</c> method (generic for enums and JSON).</summary>
    public string WriteMethod { get; }

    /// <summary>True for the rows whose methods take the C# type as a type argument.</summary>
    public bool IsGeneric => ClrName is null;
}
