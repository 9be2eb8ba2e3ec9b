namespace Safeguards.Runtime;

/// <summary>An event declared in a case schema (<c>event reply "..." refers to complaint</c>).</summary>
public sealed class EventType
{
    private readonly Dictionary<string, int> attributeIndex;

    /// <param name="name">The event's identifier.</param>
    /// <param name="index">Its position in <see cref="CaseSchema.Events"/> (and in <see cref="CaseRecord.EventsByType"/>).</param>
    /// <param name="attributes">Its attributes; occurrences store one value index per attribute, in this order.</param>
    /// <param name="refersToTypeIndex">The event type it <c>refers to</c>, or -1.</param>
    /// <param name="required">Whether a case without this event lacks data (insufficient data).</param>
    public EventType(string name, int index, IReadOnlyList<AttributeDefinition> attributes, int refersToTypeIndex, bool required)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Index = index;
        Attributes = attributes ?? throw new ArgumentNullException(nameof(attributes));
        RefersToTypeIndex = refersToTypeIndex;
        Required = required;
        attributeIndex = NameIndex.Build(attributes, a => a.Name, $"attribute of event '{name}'");
    }

    public string Name { get; }

    public int Index { get; }

    public IReadOnlyList<AttributeDefinition> Attributes { get; }

    public int RefersToTypeIndex { get; }

    public bool Required { get; }

    public int IndexOfAttribute(string name) => NameIndex.Find(attributeIndex, name);

    public AttributeDefinition? FindAttribute(string name)
    {
        var i = IndexOfAttribute(name);
        return i < 0 ? null : Attributes[i];
    }
}
