namespace Safeguards.Runtime;

/// <summary>
/// The value of one fact in one case. A struct with a slot per type (rather than a boxed object)
/// so evaluating a condition reads a field and allocates nothing.
/// </summary>
public readonly struct FactValue
{
    private FactValue(FactType type, bool boolean, long number, int enumIndex, string? text, DateOnly date)
    {
        IsPresent = true;
        Type = type;
        Boolean = boolean;
        Number = number;
        EnumIndex = enumIndex;
        Text = text;
        Date = date;
    }

    /// <summary>False when the case does not give this fact (the default value of the struct).</summary>
    public bool IsPresent { get; }

    public FactType Type { get; }

    public bool Boolean { get; }

    public long Number { get; }

    /// <summary>The position of the value in <see cref="FactDefinition.EnumValues"/>; meaningful only for enumerations.</summary>
    public int EnumIndex { get; }

    public string? Text { get; }

    public DateOnly Date { get; }

    /// <summary>A fact the case does not give.</summary>
    public static FactValue Missing => default;

    public static FactValue FromBoolean(bool value) => new(FactType.Boolean, value, 0, -1, null, default);

    public static FactValue FromNumber(long value) => new(FactType.Number, false, value, -1, null, default);

    public static FactValue FromText(string value) =>
        new(FactType.Text, false, 0, -1, value ?? throw new ArgumentNullException(nameof(value)), default);

    public static FactValue FromDate(DateOnly value) => new(FactType.Date, false, 0, -1, null, value);

    public static FactValue FromEnum(int index) =>
        index >= 0 ? new(FactType.Enumeration, false, 0, index, null, default)
                   : throw new ArgumentOutOfRangeException(nameof(index), index, "an enumeration index is not negative");

    /// <summary>Describes the kind of value only: case contents are sensitive and must not reach logs.</summary>
    public override string ToString() => IsPresent ? $"<{Type}>" : "<missing>";
}
