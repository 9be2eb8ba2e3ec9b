namespace Safeguards.Runtime;

/// <summary>A <c>case</c> declaration: the events and facts a case of this kind may carry.</summary>
public sealed class CaseSchema
{
    private readonly Dictionary<string, int> eventIndex;
    private readonly Dictionary<string, int> factIndex;

    public CaseSchema(string name, IReadOnlyList<EventType> events, IReadOnlyList<FactDefinition> facts)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Events = events ?? throw new ArgumentNullException(nameof(events));
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));

        // Records are indexed by these positions, so a mismatch would silently read the wrong slot.
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Index != i)
            {
                throw new ArgumentException($"event '{events[i].Name}' has index {events[i].Index} but is at position {i}");
            }

            var target = events[i].RefersToTypeIndex;
            if (target < -1 || target >= events.Count)
            {
                throw new ArgumentException($"event '{events[i].Name}' refers to a type index out of range");
            }
        }

        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Index != i)
            {
                throw new ArgumentException($"fact '{facts[i].Name}' has index {facts[i].Index} but is at position {i}");
            }
        }

        eventIndex = NameIndex.Build(events, e => e.Name, $"event of case '{name}'");
        factIndex = NameIndex.Build(facts, f => f.Name, $"fact of case '{name}'");
    }

    public string Name { get; }

    public IReadOnlyList<EventType> Events { get; }

    public IReadOnlyList<FactDefinition> Facts { get; }

    public int IndexOfEvent(string name) => NameIndex.Find(eventIndex, name);

    public int IndexOfFact(string name) => NameIndex.Find(factIndex, name);

    public EventType? FindEvent(string name)
    {
        var i = IndexOfEvent(name);
        return i < 0 ? null : Events[i];
    }

    public FactDefinition? FindFact(string name)
    {
        var i = IndexOfFact(name);
        return i < 0 ? null : Facts[i];
    }
}
