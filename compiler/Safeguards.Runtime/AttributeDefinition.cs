namespace Safeguards.Runtime;

/// <summary>An enumerated attribute of an event type (<c>with channel: crime_report | procedural_complaint</c>).</summary>
public sealed class AttributeDefinition
{
    private readonly Dictionary<string, int> valueIndex;

    public AttributeDefinition(string name, IReadOnlyList<string> values)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Values = values ?? throw new ArgumentNullException(nameof(values));
        valueIndex = NameIndex.Build(values, v => v, $"value of attribute '{name}'");
    }

    public string Name { get; }

    public IReadOnlyList<string> Values { get; }

    /// <summary>The position of a value (what case records store), or -1.</summary>
    public int IndexOfValue(string value) => NameIndex.Find(valueIndex, value);
}
