namespace Safeguards.Runtime;

/// <summary>A fact declared in a case schema (<c>fact kind: criminal | administrative</c>).</summary>
public sealed class FactDefinition
{
    private readonly Dictionary<string, int> valueIndex;

    /// <param name="name">The fact's identifier.</param>
    /// <param name="index">Its position in <see cref="CaseSchema.Facts"/> and <see cref="CaseRecord.Facts"/>.</param>
    /// <param name="type">Its declared type.</param>
    /// <param name="enumValues">The allowed values of an enumeration (empty for other types).</param>
    public FactDefinition(string name, int index, FactType type, IReadOnlyList<string> enumValues)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Index = index;
        Type = type;
        EnumValues = enumValues ?? throw new ArgumentNullException(nameof(enumValues));
        valueIndex = NameIndex.Build(enumValues, v => v, $"value of fact '{name}'");
    }

    public string Name { get; }

    public int Index { get; }

    public FactType Type { get; }

    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>The position of an enumeration value, or -1.</summary>
    public int IndexOfValue(string value) => NameIndex.Find(valueIndex, value);
}
