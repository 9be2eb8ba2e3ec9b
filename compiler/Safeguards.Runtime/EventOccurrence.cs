namespace Safeguards.Runtime;

/// <summary>
/// One recorded occurrence of an event type in a case. Occurrences live in
/// <see cref="CaseRecord.EventsByType"/>, grouped by type and sorted by earliest time, so rules
/// find what they need by index without allocating.
/// </summary>
public readonly struct EventOccurrence
{
    /// <param name="id">The occurrence's <c>id</c> in the case data, if any.</param>
    /// <param name="time">When it happened (the tightest range its relative times allow); <see cref="TimeRange.Unbounded"/> when <paramref name="timeUnknown"/>.</param>
    /// <param name="timeUnknown">It happened but the case says the time is <c>unknown</c>.</param>
    /// <param name="refersToOccurrence">Index into <c>EventsByType[type.RefersToTypeIndex]</c>, or -1.</param>
    /// <param name="attributeValues">Value index per attribute of the type, -1 where the case gives none.</param>
    /// <param name="sourceIndex">Position in the case's <c>events</c> array, for evidence and messages; -1 if built in code.</param>
    /// <param name="happenedNotKnown">The case does not say whether it happened (<c>"happened": "not known"</c>).</param>
    public EventOccurrence(string? id, TimeRange time, bool timeUnknown, int refersToOccurrence, int[] attributeValues, int sourceIndex = -1,
        bool happenedNotKnown = false)
    {
        Id = id;
        Time = time;
        TimeUnknown = timeUnknown;
        RefersToOccurrence = refersToOccurrence;
        AttributeValues = attributeValues ?? throw new ArgumentNullException(nameof(attributeValues));
        SourceIndex = sourceIndex;
        HappenedNotKnown = happenedNotKnown;
    }

    public string? Id { get; }

    public TimeRange Time { get; }

    public bool TimeUnknown { get; }

    public int RefersToOccurrence { get; }

    public int[] AttributeValues { get; }

    public int SourceIndex { get; }

    /// <summary>It is not known whether this occurrence happened; when it did, <see cref="Time"/> says when.
    /// (An event the case leaves out did not happen; one with time <c>unknown</c> happened at an unknown time.)</summary>
    public bool HappenedNotKnown { get; }

    /// <summary>The attribute's value index, or -1 when missing (also when the attribute index is out of range).</summary>
    public int Attribute(int attributeIndex) =>
        (uint)attributeIndex < (uint)AttributeValues.Length ? AttributeValues[attributeIndex] : -1;

    /// <summary>A label for evidence: the id when given, otherwise the position in the case's events.</summary>
    public override string ToString() => Id ?? (SourceIndex >= 0 ? $"events[{SourceIndex}]" : "event");
}
