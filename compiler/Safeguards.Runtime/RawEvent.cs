namespace Safeguards.Runtime;

/// <summary>
/// An event as read from JSON before it is placed in the case layout. Its properties may come
/// in any order (attributes before type, refers before the target), so they are collected first.
/// </summary>
internal sealed class RawEvent
{
    public RawEvent(int sourceIndex, int line)
    {
        SourceIndex = sourceIndex;
        Line = line;
    }

    public int SourceIndex { get; }

    public int Line { get; }

    public string? Id { get; set; }

    public string? TypeName { get; set; }

    public int TypeLine { get; set; }

    /// <summary>The resolved event type, or -1 (missing or unknown).</summary>
    public int TypeIndex { get; set; } = -1;

    /// <summary>A "time" property was present (it may still have failed to parse).</summary>
    public bool TimeGiven { get; set; }

    /// <summary>"time" parsed into <see cref="Time"/>.</summary>
    public bool HasTime { get; set; }

    /// <summary>Bits of the properties present (1 id, 2 type, 4 time, 8 refers, 16 attributes, 32 happened).</summary>
    public int Seen { get; set; }

    public TimeRange Time { get; set; }

    public bool TimeUnknown { get; set; }

    public string? Refers { get; set; }

    public int RefersLine { get; set; }

    public List<RawAttribute> Attributes { get; } = [];

    /// <summary>The relative times of <c>"time"</c> ("after", "sameDayAs", ...); null for an absolute time, the usual case.</summary>
    public List<RawRelation>? Relations { get; set; }

    /// <summary><c>"happened": "not known"</c>: the report does not say whether it happened.</summary>
    public bool HappenedNotKnown { get; set; }
}
