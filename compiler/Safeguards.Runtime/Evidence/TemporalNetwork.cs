namespace Safeguards.Runtime;

/// <summary>
/// The times of one record as its case data relates them (<see cref="CaseRecord.Network"/>): for a record
/// with a relative time or an event not known to have happened; null for the usual record, whose times are
/// all absolute (it pays nothing for this). Every event's range in <see cref="EventOccurrence.Time"/> is
/// already the tightest the constraints allow; this adds what ranges alone cannot say: how far apart two
/// events are ("registered 17 hours after an apprehension known only as a date"), and which events may not
/// have happened. An event not known to have happened constrains the others only in the world where it did:
/// the bounds of the other events never rest on it.
/// </summary>
public sealed class TemporalNetwork
{
    private readonly TimeRange?[] stated;
    private readonly bool[] notKnown;
    private readonly TimeZoneInfo zone;
    private readonly DifferenceMatrix? certain;
    private readonly Dictionary<int, DifferenceMatrix> withOne;
    private readonly Dictionary<(int, int), DifferenceMatrix> withTwo;

    /// <summary>In one of the <see cref="PossibleWorlds"/>: the events that happened there; null for the record itself.</summary>
    private readonly bool[]? present;
    private int[][] eventOf = [];
    private int[] referredTypes = [];

    /// <summary>In a possible world, the solution with exactly its events (null without relations).</summary>
    private readonly DifferenceMatrix? world;

    private TemporalNetwork(TimeRange?[] stated, IReadOnlyList<TimeRelation> relations, bool[] notKnown, TimeZoneInfo zone,
        DifferenceMatrix? certain, Dictionary<int, DifferenceMatrix> withOne, Dictionary<(int, int), DifferenceMatrix>? withTwo = null, bool[]? present = null)
    {
        world = present is not null && certain is not null ? Solve(stated, relations, zone, present) : null;
        this.stated = stated;
        Relations = relations;
        this.notKnown = notKnown;
        this.zone = zone;
        this.certain = certain;
        this.withOne = withOne;
        this.withTwo = withTwo ?? [];
        this.present = present;
    }

    /// <summary>The relative times of the record, in the order of its events.</summary>
    public IReadOnlyList<TimeRelation> Relations { get; }

    /// <summary>The number of events of the record (positions in its <c>events</c> array).</summary>
    public int EventCount => stated.Length;

    /// <summary>Some event is marked as not known to have happened (never in one of its possible worlds, where each did or did not).</summary>
    public bool HasNotKnownWhether => present is null && Array.IndexOf(notKnown, true) >= 0;

    /// <summary>Solves a record's times. Null, with the conflicting constraints (<see cref="NetworkSolver.Conflict"/>), when they cannot all hold.</summary>
    /// <param name="stated">Each event's absolute range as the case gives it; null where it gives none (only relations, or <c>unknown</c>).</param>
    internal static TemporalNetwork? Build(TimeRange?[] stated, IReadOnlyList<TimeRelation> relations, bool[] notKnown, TimeZoneInfo zone,
        out IReadOnlyList<int> conflict)
    {
        conflict = [];
        var withOne = new Dictionary<int, DifferenceMatrix>();
        if (relations.Count == 0)
        {
            return new TemporalNetwork(stated, relations, notKnown, zone, null, withOne);
        }

        var everyone = new bool[stated.Length];
        Array.Fill(everyone, true);
        var all = NetworkSolver.Solve(stated, relations, zone, everyone);
        if (all.Matrix is null)
        {
            conflict = all.Conflict;
            return null;
        }

        var certainOnly = Array.ConvertAll(notKnown, n => !n);
        var certain = Array.IndexOf(notKnown, true) < 0 ? all.Matrix : Solve(stated, relations, zone, certainOnly);
        for (var e = 0; e < notKnown.Length; e++)
        {
            if (notKnown[e])
            {
                var mask = (bool[])certainOnly.Clone();
                mask[e] = true;
                withOne[e] = Solve(stated, relations, zone, mask);
            }
        }

        return new TemporalNetwork(stated, relations, notKnown, zone, certain, withOne);
    }

    // A subset of constraints that hold together holds too, so these solutions always exist.
    private static DifferenceMatrix Solve(TimeRange?[] stated, IReadOnlyList<TimeRelation> relations, TimeZoneInfo zone, bool[] mask) =>
        NetworkSolver.Solve(stated, relations, zone, mask).Matrix
        ?? throw new InvalidOperationException("a subset of consistent time constraints was found inconsistent");

    /// <summary>The tightest range of event <paramref name="e"/> (its position in <c>events</c>), if it happened;
    /// <paramref name="unbounded"/> when nothing bounds it on either side (the time is unknown).</summary>
    internal TimeRange TightenedTime(int e, out bool unbounded)
    {
        var (earliest, latest) = EventBounds(e);
        unbounded = earliest == long.MinValue && latest == long.MaxValue;
        return new TimeRange(ZoneClock.Clamp(earliest), Math.Max(ZoneClock.Clamp(latest), ZoneClock.Clamp(earliest)));
    }

    /// <summary>Maps occurrences to events once the record is laid out by type.</summary>
    /// <param name="referredTypes">Per event type, the type its <c>refers</c> names (-1 for none).</param>
    internal void Attach(EventOccurrence[][] eventsByType, int[] referredTypes)
    {
        eventOf = Array.ConvertAll(eventsByType, occurrences => Array.ConvertAll(occurrences, o => o.SourceIndex));
        this.referredTypes = referredTypes;
    }

    /// <summary>The event type that type <paramref name="type"/>'s <c>refers</c> names, or -1.</summary>
    internal int ReferredType(int type) => referredTypes[type];

    /// <summary>The same times in the world where exactly the events <paramref name="happened"/> happened; attach its layout before use.</summary>
    internal TemporalNetwork World(bool[] happened) => new(stated, Relations, notKnown, zone, certain, withOne, withTwo, happened);

    /// <summary>A chain of relations may pass through an event only where it happened.</summary>
    private bool Passable(int e) => present is null ? !notKnown[e] : present[e];

    /// <summary>The position in <c>events</c> of occurrence <paramref name="occurrence"/> of type <paramref name="type"/>.</summary>
    public int EventOf(int type, int occurrence) => eventOf[type][occurrence];

    /// <summary>It is not known whether this occurrence happened.</summary>
    public bool NotKnownWhether(int type, int occurrence) => NotKnownWhetherEvent(EventOf(type, occurrence));

    /// <summary>The first event not known to have happened, or -1.</summary>
    internal int NotKnownWhetherFirst() => present is null ? Array.IndexOf(notKnown, true) : -1;

    /// <summary><see cref="NotKnownWhether"/> by position in <c>events</c>.</summary>
    public bool NotKnownWhetherEvent(int e) => present is null && notKnown[e];

    /// <summary>The absolute range the case states for the occurrence; null when it gives only relations or <c>unknown</c>.</summary>
    public TimeRange? StatedTime(int type, int occurrence) => stated[EventOf(type, occurrence)];

    /// <summary>
    /// The least and greatest <c>time(B) − time(A)</c> in ticks, inclusive (long.MinValue / long.MaxValue for a
    /// side without a bound), given that both happened: from the relations when the case relates them,
    /// otherwise from their ranges.
    /// </summary>
    public (long Min, long Max) DifferenceBounds(int typeA, int occurrenceA, int typeB, int occurrenceB) =>
        EventDifferenceBounds(EventOf(typeA, occurrenceA), EventOf(typeB, occurrenceB));

    /// <summary><see cref="DifferenceBounds"/> by positions in <c>events</c>.</summary>
    public (long Min, long Max) EventDifferenceBounds(int a, int b)
    {
        if (MatrixFor(a, b) is { } m)
        {
            var above = m[a, b];
            var below = m[b, a];
            return (below == DifferenceMatrix.Infinite ? long.MinValue : -below, above == DifferenceMatrix.Infinite ? long.MaxValue : above);
        }

        var (aLo, aHi) = EventBounds(a);
        var (bLo, bHi) = EventBounds(b);
        return (bLo == long.MinValue || aHi == long.MaxValue ? long.MinValue : bLo - aHi,
            bHi == long.MaxValue || aLo == long.MinValue ? long.MaxValue : bHi - aLo);
    }

    /// <summary>The relations that join two events, following the relations from one to the other (empty when
    /// none does): what an explanation names as the source of a difference.</summary>
    public IReadOnlyList<TimeRelation> RelationsLinking(int a, int b)
    {
        var via = new TimeRelation?[EventCount];
        var seen = new bool[EventCount];
        var queue = new Queue<int>();
        queue.Enqueue(a);
        seen[a] = true;
        while (queue.Count > 0 && !seen[b])
        {
            var e = queue.Dequeue();
            foreach (var r in Relations)
            {
                var other = r.Event == e ? r.Anchor : r.Anchor == e ? r.Event : -1;
                if (other >= 0 && !seen[other] && (Passable(other) || other == b))
                {
                    seen[other] = true;
                    via[other] = r;
                    queue.Enqueue(other);
                }
            }
        }

        var path = new List<TimeRelation>();
        if (!seen[b] || a == b)
        {
            return path;
        }

        for (var e = b; e != a;)
        {
            var r = via[e]!;
            path.Add(r);
            e = r.Event == e ? r.Anchor : r.Event;
        }

        path.Reverse();
        return path;
    }

    /// <summary>
    /// The local day of event <paramref name="b"/> minus that of <paramref name="a"/>, when a chain of "the same
    /// moment", "the same day" and "the day after" joins them (null otherwise): what a deadline at the end of a
    /// day needs, and what no bound in ticks can say (the same day allows up to a day's length either way).
    /// </summary>
    public int? DayOffset(int a, int b)
    {
        if (a == b)
        {
            return 0;
        }

        var offset = new int?[EventCount];
        var queue = new Queue<int>();
        offset[a] = 0;
        queue.Enqueue(a);
        while (queue.Count > 0)
        {
            var e = queue.Dequeue();
            foreach (var r in Relations)
            {
                if (r.Kind is not (TimeRelationKind.SameMoment or TimeRelationKind.SameDay or TimeRelationKind.DayAfter))
                {
                    continue;
                }

                var step = r.Kind == TimeRelationKind.DayAfter ? 1 : 0;
                var (other, shift) = r.Anchor == e ? (r.Event, step) : r.Event == e ? (r.Anchor, -step) : (-1, 0);
                if (other >= 0 && offset[other] is null && (Passable(other) || other == b))
                {
                    offset[other] = offset[e] + shift;
                    if (other == b)
                    {
                        return offset[other];
                    }

                    queue.Enqueue(other);
                }
            }
        }

        return null;
    }

    private (long Earliest, long Latest) EventBounds(int e)
    {
        if (MatrixFor(e, e) is { } m)
        {
            return NetworkSolver.Bounds(m, e);
        }

        return stated[e] is { } range ? (range.EarliestUtcTicks, range.LatestUtcTicks) : (long.MinValue, long.MaxValue);
    }

    /// <summary>The solution of the world where the certain events and these two happened.</summary>
    private DifferenceMatrix? MatrixFor(int a, int b)
    {
        if (present is not null)
        {
            return world;
        }

        if (certain is null)
        {
            return null;
        }

        if (!notKnown[a] && !notKnown[b])
        {
            return certain;
        }

        if (!notKnown[a] || !notKnown[b] || a == b)
        {
            return withOne[notKnown[a] ? a : b];
        }

        var key = (Math.Min(a, b), Math.Max(a, b));
        lock (withTwo)
        {
            if (!withTwo.TryGetValue(key, out var m))
            {
                var mask = Array.ConvertAll(notKnown, n => !n);
                mask[a] = mask[b] = true;
                withTwo[key] = m = Solve(stated, Relations, zone, mask);
            }

            return m;
        }
    }
}
