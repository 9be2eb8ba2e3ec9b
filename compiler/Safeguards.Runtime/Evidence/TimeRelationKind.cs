namespace Safeguards.Runtime;

/// <summary>How case data places an event's time relative to another event of the same record
/// (docs/case-data.md, "Times relative to another event").</summary>
public enum TimeRelationKind : byte
{
    /// <summary><c>"after": id</c>, optionally <c>"by"</c> a duration or bounds: strictly later.</summary>
    After,

    /// <summary><c>"before": id</c>, optionally <c>"by"</c>: strictly earlier.</summary>
    Before,

    /// <summary><c>"sameMomentAs": id</c>: one act recorded as two events.</summary>
    SameMoment,

    /// <summary><c>"sameDayAs": id</c>: on the same local day, in the zone the record is read in.</summary>
    SameDay,

    /// <summary><c>"dayAfter": id</c>: on the local day after the other event's day.</summary>
    DayAfter,
}
