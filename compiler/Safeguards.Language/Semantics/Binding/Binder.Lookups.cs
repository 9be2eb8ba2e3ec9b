namespace Safeguards.Language.Semantics;

/// <summary>Name lookups by dictionary. The symbols keep their members in declaration order (lists, for
/// indexes and output); searching those lists for each name made binding quadratic (an event with
/// 64,000 attributes took 27 s), so the binder indexes names as it declares them.</summary>
internal sealed partial class Binder
{
    private readonly Dictionary<CaseSymbol, Dictionary<string, EventSymbol>> eventsByCase = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CaseSymbol, Dictionary<string, FactSymbol>> factsByCase = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<EventSymbol, Dictionary<string, AttributeSymbol>> attributesByEvent = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IReadOnlyList<string>, Dictionary<string, int>> valueIndexes = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Diagnostics.Location> reportedDuplicates = [];

    private void AddEvent(CaseSymbol @case, EventSymbol @event)
    {
        @case.Events.Add(@event);
        Index(eventsByCase, @case).TryAdd(@event.Name, @event);
    }

    private void AddFact(CaseSymbol @case, FactSymbol fact)
    {
        @case.Facts.Add(fact);
        Index(factsByCase, @case).TryAdd(fact.Name, fact);
    }

    /// <summary>Adds the attribute unless the event already has one of that name; false when it does.</summary>
    private bool TryAddAttribute(EventSymbol @event, AttributeSymbol attribute)
    {
        if (!Index(attributesByEvent, @event).TryAdd(attribute.Name, attribute)) return false;
        @event.Attributes.Add(attribute);
        return true;
    }

    private EventSymbol? EventNamed(CaseSymbol @case, string name) => eventsByCase.GetValueOrDefault(@case)?.GetValueOrDefault(name);

    private FactSymbol? FactNamed(CaseSymbol @case, string name) => factsByCase.GetValueOrDefault(@case)?.GetValueOrDefault(name);

    private bool HasAttribute(EventSymbol @event, string name) => attributesByEvent.GetValueOrDefault(@event)?.ContainsKey(name) == true;

    private AttributeSymbol? AttributeNamed(EventSymbol @event, string name) => attributesByEvent.GetValueOrDefault(@event)?.GetValueOrDefault(name);

    /// <summary>The position of a value in a list of (distinct) enumeration values, or -1.</summary>
    private int IndexOfValue(IReadOnlyList<string> values, string value)
    {
        if (!valueIndexes.TryGetValue(values, out var index))
        {
            index = new Dictionary<string, int>(values.Count, StringComparer.Ordinal);
            for (var i = 0; i < values.Count; i++) index.TryAdd(values[i], i);
            valueIndexes.Add(values, index);
        }
        return index.GetValueOrDefault(value, -1);
    }

    private static Dictionary<string, TValue> Index<TKey, TValue>(Dictionary<TKey, Dictionary<string, TValue>> indexes, TKey key)
        where TKey : notnull
    {
        if (!indexes.TryGetValue(key, out var index)) indexes.Add(key, index = new Dictionary<string, TValue>(StringComparer.Ordinal));
        return index;
    }
}
